using Azora.Assessment.Domain;

namespace Azora.Assessment.Tests;

public sealed class QuestionGraderTests
{
    private static readonly QuestionDefinition Choices = new()
    {
        Choices = [new Choice("A", "2", true, null), new Choice("B", "3", true, null), new Choice("C", "4", false, null), new Choice("D", "9", false, null)],
    };

    private static decimal Grade(QuestionType type, QuestionDefinition key, LearnerResponse response) => QuestionGrader.Grade(type, key, response);

    [Fact]
    public void Single_choice_scores_only_the_one_correct_choice()
    {
        var key = new QuestionDefinition { Choices = [new Choice("A", "Lyon", false, null), new Choice("B", "Paris", true, null)] };

        Assert.Equal(1m, Grade(QuestionType.SingleChoice, key, new LearnerResponse { Choices = ["B"] }));
        Assert.Equal(0m, Grade(QuestionType.SingleChoice, key, new LearnerResponse { Choices = ["A"] }));
        Assert.Equal(0m, Grade(QuestionType.SingleChoice, key, new LearnerResponse { Choices = [] }));
    }

    [Fact]
    public void Multiple_choice_gives_partial_credit_and_takes_it_back_for_wrong_choices_but_never_below_zero()
    {
        // k = 2 correct of n = 4: each right pick +1/2, each wrong pick -1/2.
        Assert.Equal(1m, Grade(QuestionType.MultipleChoice, Choices, new LearnerResponse { Choices = ["A", "B"] }));
        Assert.Equal(0.5m, Grade(QuestionType.MultipleChoice, Choices, new LearnerResponse { Choices = ["A"] }));
        Assert.Equal(0.5m, Grade(QuestionType.MultipleChoice, Choices, new LearnerResponse { Choices = ["A", "B", "C"] }));
        Assert.Equal(0m, Grade(QuestionType.MultipleChoice, Choices, new LearnerResponse { Choices = ["A", "B", "C", "D"] }));
        Assert.Equal(0m, Grade(QuestionType.MultipleChoice, Choices, new LearnerResponse { Choices = ["C"] }));
    }

    [Fact]
    public void True_false_scores_the_matching_value()
    {
        var key = new QuestionDefinition { CorrectAnswer = false };

        Assert.Equal(1m, Grade(QuestionType.TrueFalse, key, new LearnerResponse { Value = false }));
        Assert.Equal(0m, Grade(QuestionType.TrueFalse, key, new LearnerResponse { Value = true }));
        Assert.Equal(0m, Grade(QuestionType.TrueFalse, key, new LearnerResponse()));
    }

    [Fact]
    public void Numeric_accepts_values_within_the_tolerance_in_any_accepted_unit()
    {
        var key = new QuestionDefinition { Numeric = new NumericKey(1.5m, 0.01m, [new AcceptedUnit("m", 1m), new AcceptedUnit("cm", 0.01m)]) };

        Assert.Equal(1m, Grade(QuestionType.Numeric, key, new LearnerResponse { Number = 1.5m, Unit = "m" }));
        Assert.Equal(1m, Grade(QuestionType.Numeric, key, new LearnerResponse { Number = 1.51m, Unit = "m" }));
        Assert.Equal(1m, Grade(QuestionType.Numeric, key, new LearnerResponse { Number = 150m, Unit = "cm" }));
        Assert.Equal(0m, Grade(QuestionType.Numeric, key, new LearnerResponse { Number = 1.52m, Unit = "m" }));
        Assert.Equal(0m, Grade(QuestionType.Numeric, key, new LearnerResponse { Number = 1.5m, Unit = "cm" }));
        Assert.Equal(0m, Grade(QuestionType.Numeric, key, new LearnerResponse { Number = 1.5m }));
        Assert.Equal(0m, Grade(QuestionType.Numeric, key, new LearnerResponse { Number = 1.5m, Unit = "M" }));
    }

    [Fact]
    public void Numeric_without_units_refuses_a_unit()
    {
        var key = new QuestionDefinition { Numeric = new NumericKey(42m, 0m, []) };

        Assert.Equal(1m, Grade(QuestionType.Numeric, key, new LearnerResponse { Number = 42m }));
        Assert.Equal(0m, Grade(QuestionType.Numeric, key, new LearnerResponse { Number = 42m, Unit = "kg" }));
    }

    [Fact]
    public void Short_answer_takes_the_first_matching_pattern_exact_wildcard_or_regex()
    {
        var key = new QuestionDefinition
        {
            ShortAnswer = new ShortAnswerKey(false,
            [
                new AnswerPattern("Jupiter", PatternKind.Exact, 1m),
                new AnswerPattern("jup*", PatternKind.Wildcard, 0.5m),
                new AnswerPattern("gas giant( planet)?", PatternKind.Regex, 0.25m),
            ]),
        };

        Assert.Equal(1m, Grade(QuestionType.ShortAnswer, key, new LearnerResponse { Text = "  jupiter " }));
        Assert.Equal(0.5m, Grade(QuestionType.ShortAnswer, key, new LearnerResponse { Text = "Jupyter" }));
        Assert.Equal(0.25m, Grade(QuestionType.ShortAnswer, key, new LearnerResponse { Text = "Gas giant planet" }));
        Assert.Equal(0m, Grade(QuestionType.ShortAnswer, key, new LearnerResponse { Text = "a gas giant" }));
        Assert.Equal(0m, Grade(QuestionType.ShortAnswer, key, new LearnerResponse { Text = "Saturn" }));
    }

    [Fact]
    public void Short_answer_can_be_case_sensitive()
    {
        var key = new QuestionDefinition { ShortAnswer = new ShortAnswerKey(true, [new AnswerPattern("NaCl", PatternKind.Exact, 1m)]) };

        Assert.Equal(1m, Grade(QuestionType.ShortAnswer, key, new LearnerResponse { Text = "NaCl" }));
        Assert.Equal(0m, Grade(QuestionType.ShortAnswer, key, new LearnerResponse { Text = "nacl" }));
    }

    [Fact]
    public void A_regex_that_runs_too_long_counts_as_no_match()
    {
        // Catastrophic backtracking: far beyond the timeout on a long run of a's ending in a mismatch.
        var key = new QuestionDefinition { ShortAnswer = new ShortAnswerKey(true, [new AnswerPattern("(a+)+b", PatternKind.Regex, 1m)]) };

        Assert.Equal(0m, Grade(QuestionType.ShortAnswer, key, new LearnerResponse { Text = new string('a', 40) + "c" }));
    }

    [Fact]
    public void Matching_earns_the_share_of_correct_pairs()
    {
        var key = new QuestionDefinition
        {
            Pairs = [new MatchPair("P1", "Kenya", "M1", "Nairobi"), new MatchPair("P2", "Ghana", "M2", "Accra"), new MatchPair("P3", "Peru", "M3", "Lima"), new MatchPair("P4", "Chad", "M4", "N'Djamena")],
        };

        Assert.Equal(1m, Grade(QuestionType.Matching, key, new LearnerResponse { Matches = new Dictionary<string, string> { ["P1"] = "M1", ["P2"] = "M2", ["P3"] = "M3", ["P4"] = "M4" } }));
        Assert.Equal(0.5m, Grade(QuestionType.Matching, key, new LearnerResponse { Matches = new Dictionary<string, string> { ["P1"] = "M1", ["P2"] = "M2", ["P3"] = "M4", ["P4"] = "M3" } }));
        Assert.Equal(0.25m, Grade(QuestionType.Matching, key, new LearnerResponse { Matches = new Dictionary<string, string> { ["P1"] = "M1" } }));
    }

    [Fact]
    public void Ordering_earns_the_share_of_items_in_their_correct_position()
    {
        var key = new QuestionDefinition { Items = [new OrderItem("I1", "atom"), new OrderItem("I2", "cell"), new OrderItem("I3", "organ"), new OrderItem("I4", "organism")] };

        Assert.Equal(1m, Grade(QuestionType.Ordering, key, new LearnerResponse { Order = ["I1", "I2", "I3", "I4"] }));
        Assert.Equal(0.5m, Grade(QuestionType.Ordering, key, new LearnerResponse { Order = ["I1", "I2", "I4", "I3"] }));
        Assert.Equal(0m, Grade(QuestionType.Ordering, key, new LearnerResponse { Order = ["I4", "I3", "I2", "I1"] }));
    }

    [Fact]
    public void An_essay_scores_the_chosen_rubric_levels_over_the_rubric_maximum()
    {
        RubricCriterion[] rubric =
        [
            new("C1", "Accuracy", [new RubricLevel("C1L1", "Wrong", 0), new RubricLevel("C1L2", "Partly", 3), new RubricLevel("C1L3", "Right", 6)]),
            new("C2", "Clarity", [new RubricLevel("C2L1", "Unclear", 0), new RubricLevel("C2L2", "Clear", 4)]),
        ];

        // (3 + 4) / (6 + 4) = 0.7
        Assert.Equal(0.7m, QuestionGrader.GradeEssay(rubric, new Dictionary<string, string> { ["C1"] = "C1L2", ["C2"] = "C2L2" }));
    }

    [Fact]
    public void An_unanswered_question_scores_zero()
    {
        Assert.Equal(0m, QuestionGrader.Grade(QuestionType.MultipleChoice, Choices, null));
    }
}
