using System.Text.Json;
using Azora.Assessment.Domain;
using BenchmarkDotNet.Attributes;

namespace Azora.Bench.Micro;

/// <summary>
/// azora-assessment's grader on one attempt of seven objective questions (one of each type); against the floor, parsing
/// the same answers as JSON, which every submission does anyway.
/// </summary>
[MemoryDiagnoser]
public class GradingBenchmarks
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private readonly (QuestionType Type, QuestionDefinition Key)[] _questions =
    [
        (QuestionType.SingleChoice, new QuestionDefinition { Choices = [new("A", "ORDER BY", false, null), new("B", "WHERE", true, null), new("C", "GROUP BY", false, null)] }),
        (QuestionType.MultipleChoice, new QuestionDefinition { Choices = [new("A", "COUNT", true, null), new("B", "UPPER", false, null), new("C", "SUM", true, null), new("D", "AVG", true, null)] }),
        (QuestionType.TrueFalse, new QuestionDefinition { CorrectAnswer = true }),
        (QuestionType.Numeric, new QuestionDefinition { Numeric = new NumericKey(1.5m, 0.01m, [new AcceptedUnit("m", 1m), new AcceptedUnit("cm", 0.01m)]) }),
        (QuestionType.ShortAnswer, new QuestionDefinition { ShortAnswer = new ShortAnswerKey(false, [new AnswerPattern("primary key", PatternKind.Exact, 1m), new AnswerPattern("*key*", PatternKind.Wildcard, 0.5m)]) }),
        (QuestionType.Matching, new QuestionDefinition { Pairs = [new("p1", "INNER", "m1", "both sides"), new("p2", "LEFT", "m2", "left side"), new("p3", "CROSS", "m3", "every pair")] }),
        (QuestionType.Ordering, new QuestionDefinition { Items = [new("i1", "FROM"), new("i2", "WHERE"), new("i3", "GROUP BY"), new("i4", "SELECT")] }),
    ];

    private readonly string _answersJson = JsonSerializer.Serialize(new object[]
    {
        new { choices = new[] { "B" } },
        new { choices = new[] { "A", "C" } },
        new { value = true },
        new { number = 150, unit = "cm" },
        new { text = "Primary Key" },
        new { matches = new Dictionary<string, string> { ["p1"] = "m1", ["p2"] = "m3", ["p3"] = "m2" } },
        new { order = new[] { "i1", "i2", "i4", "i3" } },
    }, Web);

    private LearnerResponse[] _responses = null!;

    [GlobalSetup]
    public void Setup() => _responses = JsonSerializer.Deserialize<LearnerResponse[]>(_answersJson, Web)!;

    [Benchmark(Baseline = true, Description = "parse the attempt's answers (JSON)")]
    public int BaselineParseAnswers() => JsonSerializer.Deserialize<LearnerResponse[]>(_answersJson, Web)!.Length;

    [Benchmark(Description = "grade an attempt of seven objective questions")]
    public decimal GradeAttempt()
    {
        var total = 0m;
        for (var i = 0; i < _questions.Length; i++)
        {
            total += QuestionGrader.Grade(_questions[i].Type, _questions[i].Key, _responses[i]);
        }
        return total;
    }
}
