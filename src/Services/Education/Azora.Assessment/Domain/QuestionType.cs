namespace Azora.Assessment.Domain;

/// <summary>The kinds of question the bank holds; every kind but <see cref="Essay"/> is graded automatically.</summary>
internal enum QuestionType
{
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    Numeric,
    ShortAnswer,
    Matching,
    Ordering,
    Essay,
}

/// <summary>How question types are spelled on the wire (camelCase, as the JSON options spell enums).</summary>
internal static class QuestionTypes
{
    public const string Pattern = "^(singleChoice|multipleChoice|trueFalse|numeric|shortAnswer|matching|ordering|essay)$";
    public const string PatternMessage =
        "The type is one of singleChoice, multipleChoice, trueFalse, numeric, shortAnswer, matching, ordering, essay.";

    public static QuestionType Parse(string wireName) => Enum.Parse<QuestionType>(wireName, ignoreCase: true);

    public static string WireName(this QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "singleChoice",
        QuestionType.MultipleChoice => "multipleChoice",
        QuestionType.TrueFalse => "trueFalse",
        QuestionType.Numeric => "numeric",
        QuestionType.ShortAnswer => "shortAnswer",
        QuestionType.Matching => "matching",
        QuestionType.Ordering => "ordering",
        _ => "essay",
    };

    public static bool IsAutoGraded(this QuestionType type) => type != QuestionType.Essay;
}
