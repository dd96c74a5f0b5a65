using Azora.Lms.Domain;

namespace Azora.Lms.Tests;

/// <summary>The weighted gradebook against grades worked out by hand.</summary>
public sealed class GradebookCalculationTests
{
    private static GradeCategory Category(string name, decimal weight, int dropLowest = 0) =>
        new() { CourseId = Guid.Empty, Name = name, Weight = weight, DropLowest = dropLowest };

    private static GradedItem Item(string? category, decimal? percent) => new(Guid.CreateVersion7(), category, percent);

    [Fact]
    public void Categories_are_weighted_after_dropping_the_lowest_scores()
    {
        // Quizzes: 50, 70, 90, drop the lowest -> (70 + 90) / 2 = 80. Exam: 65. Grade: 0.6 * 80 + 0.4 * 65 = 48 + 26 = 74.
        var result = Gradebook.Compute(
            [Category("Quizzes", 60, dropLowest: 1), Category("Exam", 40)],
            [Item("Quizzes", 50), Item("Quizzes", 70), Item("Quizzes", 90), Item("Exam", 65)]);

        Assert.Equal(74m, result.Grade);
        var quizzes = result.Categories.Single(c => c.Name == "Quizzes");
        Assert.Equal((80m, 2, 1), (quizzes.Average!.Value, quizzes.Counted, quizzes.Dropped));
    }

    [Fact]
    public void A_category_with_nothing_graded_is_left_out_and_the_other_weights_scale_up()
    {
        // Only the quizzes are graded: 30 * 70 / 30 = 70, not 30 * 70 / 100 = 21.
        var result = Gradebook.Compute(
            [Category("Quizzes", 30), Category("Exam", 70)],
            [Item("Quizzes", 70), Item("Exam", null)]);

        Assert.Equal(70m, result.Grade);
        Assert.Null(result.Categories.Single(c => c.Name == "Exam").Average);
    }

    [Fact]
    public void Dropping_never_removes_the_last_score_of_a_category()
    {
        var result = Gradebook.Compute([Category("Quizzes", 100, dropLowest: 3)], [Item("Quizzes", 55), Item("Quizzes", 45)]);

        Assert.Equal(55m, result.Grade);
        Assert.Equal(1, result.Categories[0].Dropped);
    }

    [Fact]
    public void Without_categories_the_grade_is_the_average_of_what_is_graded()
    {
        // (60 + 75 + 80) / 3 = 71.666... -> 71.67; the ungraded item does not count as zero.
        var result = Gradebook.Compute([], [Item(null, 60), Item(null, 75), Item("Any", 80), Item(null, null)]);

        Assert.Equal(71.67m, result.Grade);
    }

    [Fact]
    public void Nothing_graded_means_no_grade_yet()
    {
        Assert.Null(Gradebook.Compute([Category("Quizzes", 100)], [Item("Quizzes", null)]).Grade);
        Assert.Null(Gradebook.Compute([], []).Grade);
    }
}
