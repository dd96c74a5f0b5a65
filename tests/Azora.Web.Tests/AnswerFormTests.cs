using Azora.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Azora.Web.Tests;

public sealed class AnswerFormTests
{
    private static AttemptQuestion Question(int position, string type, IReadOnlyList<Option>? prompts = null, IReadOnlyList<Option>? items = null) =>
        new(position, type, "A question", 1, null, null, prompts, null, items, null, null);

    private static FormCollection Form(params (string Key, string[] Values)[] fields) =>
        new(fields.ToDictionary(f => f.Key, f => new StringValues(f.Values)));

    [Fact]
    public void Each_type_of_question_is_read_from_its_own_fields()
    {
        var questions = new[]
        {
            Question(1, "singleChoice"), Question(2, "multipleChoice"), Question(3, "trueFalse"), Question(4, "numeric"),
            Question(5, "shortAnswer"), Question(6, "matching", prompts: [new("p1", "Cat"), new("p2", "Dog")]),
            Question(7, "ordering", items: [new("i1", "First"), new("i2", "Second"), new("i3", "Third")]),
        };
        var form = Form(
            ("q1.choice", ["B"]), ("q2.choices", ["A", "C"]), ("q3.choice", ["false"]), ("q4.number", ["3.5"]), ("q4.unit", ["m"]),
            ("q5.text", [" Paris "]), ("q6.match.p1", ["m2"]), ("q6.match.p2", ["m1"]),
            ("q7.order.i1", ["3"]), ("q7.order.i2", ["1"]), ("q7.order.i3", ["2"]));

        var (answers, errors) = AnswerForm.Read(form, questions);

        Assert.Empty(errors);
        Assert.Equal(["B"], answers.Single(a => a.Position == 1).Choices);
        Assert.Equal(["A", "C"], answers.Single(a => a.Position == 2).Choices);
        Assert.False(answers.Single(a => a.Position == 3).Value);
        Assert.Equal(3.5m, answers.Single(a => a.Position == 4).Number);
        Assert.Equal("m", answers.Single(a => a.Position == 4).Unit);
        Assert.Equal("Paris", answers.Single(a => a.Position == 5).Text);
        Assert.Equal("m2", answers.Single(a => a.Position == 6).Matches!["p1"]);
        Assert.Equal(["i2", "i3", "i1"], answers.Single(a => a.Position == 7).Order);
    }

    [Fact]
    public void Unanswered_questions_are_left_out_so_an_autosave_never_clears_a_saved_answer()
    {
        var (answers, errors) = AnswerForm.Read(Form(("q2.choice", ["A"])), [Question(1, "essay"), Question(2, "singleChoice"), Question(3, "numeric")]);

        Assert.Empty(errors);
        Assert.Equal(2, Assert.Single(answers).Position);
    }

    [Fact]
    public void A_number_that_is_not_a_number_and_places_that_repeat_are_explained_by_question()
    {
        var questions = new[] { Question(1, "numeric"), Question(2, "ordering", items: [new("a", "A"), new("b", "B")]) };

        var (answers, errors) = AnswerForm.Read(Form(("q1.number", ["twelve"]), ("q2.order.a", ["1"]), ("q2.order.b", ["1"])), questions);

        Assert.Empty(answers);
        Assert.Equal("Enter a number, such as 12 or 3.5.", errors[1]);
        Assert.Equal("Give each item a different place from 1 to 2.", errors[2]);
    }
}
