using System.Text.Json;
using Azora.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Azora.Web.Tests.Studio;

/// <summary>The studio's question form read into azora-assessment's request, one type at a time.</summary>
public sealed class StudioQuestionFormTests
{
    private static QuestionSubmission Read(params (string Name, string Value)[] fields) =>
        StudioQuestionForm.Read(new FormCollection(fields
            .GroupBy(f => f.Name)
            .ToDictionary(g => g.Key, g => new StringValues([.. g.Select(f => f.Value)]))));

    private static JsonElement Sent(QuestionSubmission submission) =>
        submission.Refusal is null
            ? JsonSerializer.SerializeToElement(submission.Body, GatewayClient.Json)
            : throw new InvalidOperationException(submission.Refusal.Message);

    [Fact]
    public void A_multiple_choice_question_sends_only_the_filled_choices_with_every_ticked_one_correct()
    {
        var submission = Read(("type", "multipleChoice"), ("text", "Which are planets?"), ("points", "2"),
            ("choice-0-text", "Mars"), ("choice-1-text", ""), ("choice-2-text", "Pluto"), ("choice-2-feedback", "A dwarf planet."), ("choice-3-text", "Venus"),
            ("correct-choice", "0"), ("correct-choice", "3"));

        var body = Sent(submission);

        Assert.Equal("multipleChoice", body.GetProperty("type").GetString());
        Assert.Equal(2m, body.GetProperty("points").GetDecimal());
        var choices = body.GetProperty("choices").EnumerateArray().Select(c => (c.GetProperty("text").GetString(), c.GetProperty("correct").GetBoolean())).ToList();
        Assert.Equal([("Mars", true), ("Pluto", false), ("Venus", true)], choices);
        Assert.Equal("A dwarf planet.", body.GetProperty("choices")[1].GetProperty("feedback").GetString());
        Assert.Null(submission.Refusal);
        // Shown again after a refusal, the rows close up: the API's choices[1] is the page's second row.
        var again = submission.AsQuestion(Guid.Empty, 1);
        Assert.Equal(["Mars", "Pluto", "Venus"], again.Choices!.Select(c => c.Text));
        Assert.True(again.Choices![2].Correct);
    }

    [Fact]
    public void A_true_false_question_sends_whether_the_statement_is_true()
    {
        var body = Sent(Read(("type", "trueFalse"), ("text", "The sun is a star."), ("truth", "false")));

        Assert.False(body.GetProperty("correct").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("choices").ValueKind);
    }

    [Fact]
    public void A_numeric_question_sends_its_answer_tolerance_and_units()
    {
        var body = Sent(Read(("type", "numeric"), ("text", "How long is the bar?"), ("numeric-answer", "1.5"), ("numeric-tolerance", "0.01"),
            ("unit-0-name", "m"), ("unit-0-factor", "1"), ("unit-1-name", "cm"), ("unit-1-factor", "0.01")));

        var numeric = body.GetProperty("numeric");
        Assert.Equal((1.5m, 0.01m), (numeric.GetProperty("answer").GetDecimal(), numeric.GetProperty("tolerance").GetDecimal()));
        Assert.Equal(["m", "cm"], numeric.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal(0.01m, numeric.GetProperty("units")[1].GetProperty("factor").GetDecimal());
    }

    [Fact]
    public void A_number_that_is_not_one_is_refused_beside_its_field_and_nothing_is_sent()
    {
        var submission = Read(("type", "numeric"), ("text", "How long?"), ("numeric-answer", "one and a half"));

        Assert.NotNull(submission.Refusal);
        Assert.Equal("“one and a half” is not a number; write it with digits and a decimal point, like 2.5.", submission.Refusal!.For("numeric.answer"));
    }

    [Fact]
    public void A_short_answer_question_sends_its_patterns_with_their_share_of_the_points()
    {
        var body = Sent(Read(("type", "shortAnswer"), ("text", "Name the red planet."), ("case-sensitive", "on"),
            ("pattern-0-text", "Mars"), ("pattern-0-match", "exact"), ("pattern-0-fraction", "100"),
            ("pattern-1-text", "Mar*"), ("pattern-1-match", "wildcard"), ("pattern-1-fraction", "50")));

        Assert.True(body.GetProperty("caseSensitive").GetBoolean());
        var patterns = body.GetProperty("patterns").EnumerateArray()
            .Select(p => (p.GetProperty("pattern").GetString(), p.GetProperty("match").GetString(), p.GetProperty("fraction").GetDecimal())).ToList();
        Assert.Equal([("Mars", "exact", 1m), ("Mar*", "wildcard", 0.5m)], patterns);
    }

    [Fact]
    public void Matching_and_ordering_questions_send_their_pairs_and_items_in_order()
    {
        var matching = Sent(Read(("type", "matching"), ("text", "Match the capitals."),
            ("pair-0-prompt", "France"), ("pair-0-match", "Paris"), ("pair-2-prompt", "Kenya"), ("pair-2-match", "Nairobi")));
        var ordering = Sent(Read(("type", "ordering"), ("text", "Order by size."), ("item-0", "Moon"), ("item-1", "Earth"), ("item-3", "Sun")));

        Assert.Equal(["France:Paris", "Kenya:Nairobi"],
            matching.GetProperty("pairs").EnumerateArray().Select(p => $"{p.GetProperty("prompt").GetString()}:{p.GetProperty("match").GetString()}"));
        Assert.Equal(["Moon", "Earth", "Sun"], ordering.GetProperty("items").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public void An_essay_question_sends_its_rubric_criteria_with_their_levels_and_points()
    {
        var body = Sent(Read(("type", "essay"), ("text", "Explain photosynthesis."),
            ("criterion-0-title", "Accuracy"), ("criterion-0-level-0-title", "Wrong"), ("criterion-0-level-0-points", "0"),
            ("criterion-0-level-1-title", "Right"), ("criterion-0-level-1-points", "4"),
            ("criterion-1-title", "Clarity"), ("criterion-1-level-0-title", "Clear"), ("criterion-1-level-0-points", "2")));

        var rubric = body.GetProperty("rubric");
        Assert.Equal(2, rubric.GetArrayLength());
        Assert.Equal("Accuracy", rubric[0].GetProperty("criterion").GetString());
        Assert.Equal([0m, 4m], rubric[0].GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("points").GetDecimal()));
        Assert.Equal("Clear", rubric[1].GetProperty("levels")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void An_unknown_type_is_refused()
    {
        var submission = Read(("type", "riddle"), ("text", "What has keys but no locks?"));

        Assert.NotNull(submission.Refusal!.For("type"));
    }
}
