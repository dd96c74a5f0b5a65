using System.Net;
using Azora.Web.Api;
using Azora.Web.Components.Shared;
using Bunit;

namespace Azora.Web.Tests;

/// <summary>The shared pieces pages are built from.</summary>
public sealed class ComponentTests : BunitContext
{
    [Fact]
    public void A_json_ld_document_cannot_close_its_script_element()
    {
        var escaped = JsonLdScript.Escape("""{"name":"</script><script>alert(1)</script>"}""");

        Assert.DoesNotContain("<", escaped, StringComparison.Ordinal);
        Assert.Equal("""{"name":"\u003c/script>\u003cscript>alert(1)\u003c/script>"}""", escaped);
    }

    [Fact]
    public void A_verification_shows_every_check_with_its_result_and_the_verdict()
    {
        var result = new Verification(false, "dataIntegrity", "urn:uuid:1", ["status"],
        [
            new VerificationCheck("proof", "passed", "The signature covers the credential."),
            new VerificationCheck("status", "failed", "The credential was revoked."),
        ]);

        var report = Render<VerificationReport>(parameters => parameters.Add(p => p.Result, result));

        Assert.Equal("This credential is not valid", report.Find("#verdict").TextContent);
        Assert.Equal("✓ passed", report.Find("tr[data-check='proof'] td").TextContent);
        Assert.Equal("✗ failed", report.Find("tr[data-check='status'] td").TextContent);
        Assert.Equal("Not revoked or suspended", report.Find("tr[data-check='status'] th").TextContent);
    }

    [Fact]
    public void A_field_error_appears_only_for_its_own_field()
    {
        var problem = ApiProblem.From(HttpStatusCode.BadRequest, """{"status":400,"errors":{"email":["That email is already registered."]}}""");

        var email = Render<FieldError>(parameters => parameters.Add(p => p.Field, "email").Add(p => p.Problem, problem));
        var password = Render<FieldError>(parameters => parameters.Add(p => p.Field, "password").Add(p => p.Problem, problem));

        Assert.Equal("That email is already registered.", email.Find("p#email-error").TextContent);
        Assert.Empty(password.Markup.Trim());
    }

    [Fact]
    public void An_open_question_is_presented_with_its_saved_response_checked()
    {
        var question = new AttemptQuestion(2, "singleChoice", "How many sides has a hexagon?", 1,
            [new Option("A", "Five"), new Option("B", "Six")], null, null, null, null, new LearnerResponse(Choices: ["B"]), null);

        var input = Render<QuestionInput>(parameters => parameters.Add(p => p.Question, question));

        var radios = input.FindAll("input[type=radio][name='q2.choice']");
        Assert.Equal(2, radios.Count);
        Assert.True(radios.Single(r => r.GetAttribute("value") == "B").HasAttribute("checked"));
        Assert.False(radios.Single(r => r.GetAttribute("value") == "A").HasAttribute("checked"));
        Assert.Contains("Six", input.Find("label:has(input[value=B])").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_attempt_says_so_and_shows_the_correct_answer_when_the_quiz_allows_feedback()
    {
        var attempt = new Attempt(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, "graded", DateTimeOffset.UtcNow, null, DateTimeOffset.UtcNow,
            true, 0, 1, 0, false,
            [new AttemptQuestion(1, "singleChoice", "Closest planet?", 1, [new Option("A", "Venus"), new Option("B", "Mercury")], null, null, null, null,
                new LearnerResponse(Choices: ["A"]), new ItemFeedback(0, 0, null, null, new LearnerResponse(Choices: ["B"])))]);

        var result = Render<AttemptResult>(parameters => parameters.Add(p => p.Attempt, attempt));

        Assert.StartsWith("You did not pass this time: 0%", result.Find("[data-testid=attempt-result]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Correct answer: Mercury", result.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attempt_whose_feedback_is_held_back_shows_no_score()
    {
        var attempt = new Attempt(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, "awaitingGrading", DateTimeOffset.UtcNow, null, DateTimeOffset.UtcNow,
            false, null, 4, null, null, []);

        var result = Render<AttemptResult>(parameters => parameters.Add(p => p.Attempt, attempt));

        Assert.Contains("Waiting for a teacher to grade", result.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("points", result.Markup, StringComparison.Ordinal);
    }
}
