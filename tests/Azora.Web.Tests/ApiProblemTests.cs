using System.Net;
using Azora.Web.Api;

namespace Azora.Web.Tests;

public sealed class ApiProblemTests
{
    [Fact]
    public void Field_errors_of_a_problem_document_are_kept_by_field_in_plain_sentences()
    {
        var problem = ApiProblem.From(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"Password":["Passwords must be at least 12 characters.","Passwords need a digit."]}}""");

        Assert.Equal("Passwords must be at least 12 characters. Passwords need a digit.", problem.For("password"));
        Assert.Null(problem.For("email"));
        Assert.Equal("Some of what you entered needs another look; see the notes beside the fields.", problem.Message);
    }

    [Fact]
    public void The_detail_of_a_problem_is_its_sentence_when_it_has_one()
    {
        var problem = ApiProblem.From(HttpStatusCode.Conflict, """{"title":"Conflict","status":409,"detail":"You are already enrolled in this course."}""");

        Assert.Equal("You are already enrolled in this course.", problem.Message);
        Assert.Equal(409, problem.Status);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "<html><body>System.NullReferenceException at Foo.Bar()</body></html>", "Something went wrong on our side. Please try again in a moment.")]
    [InlineData(HttpStatusCode.NotFound, "", "We could not find that.")]
    [InlineData(HttpStatusCode.Forbidden, "", "You are not allowed to do that.")]
    public void A_body_that_is_not_a_problem_document_is_never_shown_only_a_sentence_for_its_status(HttpStatusCode status, string body, string sentence)
    {
        var problem = ApiProblem.From(status, body);

        Assert.Equal(sentence, problem.Message);
        Assert.DoesNotContain("Exception", problem.Message, StringComparison.Ordinal);
    }
}

public sealed class PaymentErrorsTests
{
    [Theory]
    [InlineData("card_declined", "Your card was declined. Try another card.")]
    [InlineData("insufficient_funds", "The card does not have enough funds for this payment. Try another card.")]
    [InlineData("something_new", "The payment did not go through. Try another card.")]
    public void A_payment_error_code_is_shown_as_a_sentence(string code, string sentence) =>
        Assert.Equal(sentence, PaymentErrors.Sentence(code));
}
