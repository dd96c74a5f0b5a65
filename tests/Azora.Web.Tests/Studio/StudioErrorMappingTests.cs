using System.Net;
using Azora.Web.Api;
using Azora.Web.Components.Pages.Studio;
using Bunit;

namespace Azora.Web.Tests.Studio;

/// <summary>The API's RFC 9457 <c>errors</c> shown as sentences beside the fields and fieldsets they name.</summary>
public sealed class StudioErrorMappingTests : BunitContext
{
    [Fact]
    public void Errors_of_a_lists_parts_are_shown_beside_its_fieldset_naming_the_row_they_concern()
    {
        var problem = ApiProblem.From(HttpStatusCode.BadRequest, """
            {"status":400,"errors":{"choices":["A single choice question has exactly one correct choice."],"choices[1].text":["This has 1 to 1000 characters."],"text":["The text must not be blank."]}}
            """);

        var fields = Render<QuestionFields>(parameters => parameters.Add(p => p.Type, "singleChoice").Add(p => p.Problem, problem));

        Assert.Equal("The text must not be blank.", fields.Find("#text-error").TextContent);
        Assert.Equal("text-error", fields.Find("#question-text").GetAttribute("aria-describedby"));
        var sentences = fields.FindAll("#choices-errors li").Select(li => li.TextContent).ToList();
        Assert.Equal(["A single choice question has exactly one correct choice.", "Choice 2: This has 1 to 1000 characters."], sentences);
        Assert.Equal("choices-errors", fields.Find("fieldset.rows").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void A_nested_field_such_as_the_numeric_answer_gets_its_own_sentence_and_other_fields_none()
    {
        var problem = ApiProblem.From(HttpStatusCode.BadRequest, """{"status":400,"errors":{"numeric.tolerance":["The tolerance is not negative."]}}""");

        var fields = Render<QuestionFields>(parameters => parameters.Add(p => p.Type, "numeric").Add(p => p.Problem, problem));

        Assert.Equal("The tolerance is not negative.", fields.Find("p[id='numeric.tolerance-error']").TextContent);
        Assert.Empty(fields.FindAll("p[id='numeric.answer-error']"));
        Assert.Empty(fields.FindAll("#text-error"));
    }

    [Fact]
    public void A_problem_without_errors_shows_one_sentence_and_never_its_raw_body()
    {
        var problem = ApiProblem.From(HttpStatusCode.InternalServerError, "System.InvalidOperationException: boom\n   at Azora.Something()");

        Assert.Equal("Something went wrong on our side. Please try again in a moment.", problem.Message);
        Assert.Empty(StudioFieldErrors.Under(problem, "choices"));
    }

    [Theory]
    [InlineData("singleChoice", "input[type=radio][name=correct-choice]")]
    [InlineData("multipleChoice", "input[type=checkbox][name=correct-choice]")]
    [InlineData("trueFalse", "input[type=radio][name=truth][value=false]")]
    [InlineData("numeric", "input[name=numeric-answer]")]
    [InlineData("shortAnswer", "select[name=pattern-0-match]")]
    [InlineData("matching", "input[name=pair-0-match]")]
    [InlineData("ordering", "input[name=item-3]")]
    [InlineData("essay", "input[name=criterion-0-level-2-points]")]
    public void Each_question_type_has_its_own_fields_and_every_field_has_a_label(string type, string selector)
    {
        var fields = Render<QuestionFields>(parameters => parameters.Add(p => p.Type, type));

        Assert.NotEmpty(fields.FindAll(selector));
        Assert.Equal(type, fields.Find("input[type=hidden][name=type]").GetAttribute("value"));
        foreach (var input in fields.FindAll("input:not([type=hidden]), select, textarea"))
        {
            var labelled = input.Id is { Length: > 0 } id && fields.FindAll($"label[for='{id}']").Count == 1
                || input.ParentElement?.TagName == "LABEL";
            Assert.True(labelled, $"{input.OuterHtml} has no label.");
        }
    }

    [Fact]
    public void Editing_a_question_prefills_its_parts_and_offers_blank_rows_to_add_more()
    {
        var question = new BankQuestion(Guid.NewGuid(), 2, 2, "matching", "Match the capitals.", 3,
            Pairs: [new MatchPair("P1", "France", "M1", "Paris"), new MatchPair("P2", "Kenya", "M2", "Nairobi")]);

        var fields = Render<QuestionFields>(parameters => parameters.Add(p => p.Type, "matching").Add(p => p.Existing, question));

        Assert.Equal("Nairobi", fields.Find("#pair-1-match").GetAttribute("value"));
        Assert.Null(fields.Find("#pair-3-match").GetAttribute("value"));
        Assert.Equal("3", fields.Find("#question-points").GetAttribute("value"));
        Assert.Equal("Match the capitals.", fields.Find("#question-text").TextContent);
    }
}
