using Azora.Assessment.Domain;

namespace Azora.Assessment.Features.Questions;

/// <summary>
/// Checks a <see cref="QuestionRequest"/> beyond its annotations (the parts its type needs, each part's limits) and turns
/// it into <see cref="QuestionContent"/>, assigning identifiers by position.
/// </summary>
internal static class QuestionContentReader
{
    private const int MaxCriterionLevels = 10;
    private const int MaxUnits = 10;
    private const int UnitMaxLength = 20;

    public static QuestionContent? Read(QuestionRequest request, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            errors.Add("text", "The text must not be blank.");
        }
        var tags = Question.NormalizeTags(request.Tags ?? [], out var tagProblem);
        if (tags is null)
        {
            errors.Add("tags", tagProblem!);
        }
        var type = QuestionTypes.Parse(request.Type);
        var definition = type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleChoice => ReadChoices(type, request.Choices, errors),
            QuestionType.TrueFalse => ReadTrueFalse(request.Correct, errors),
            QuestionType.Numeric => ReadNumeric(request.Numeric, errors),
            QuestionType.ShortAnswer => ReadPatterns(request.Patterns, request.CaseSensitive, errors),
            QuestionType.Matching => ReadPairs(request.Pairs, errors),
            QuestionType.Ordering => ReadItems(request.Items, errors),
            _ => ReadRubric(request.Rubric, errors),
        };
        return errors.Any
            ? null
            : new QuestionContent(type, request.Text.Trim(), request.Points, NullIfBlank(request.Feedback), tags!, definition);
    }

    /// <summary>A, B, C, ... for choices, as QTI and paper quizzes label them.</summary>
    public static string ChoiceId(int index) => ((char)('A' + index)).ToString();

    private static QuestionDefinition ReadChoices(QuestionType type, IReadOnlyList<ChoiceInput>? inputs, FieldErrors errors)
    {
        if (inputs is null || inputs.Count < 2)
        {
            errors.Add("choices", "A choice question has at least 2 choices.");
            return new QuestionDefinition();
        }
        var choices = new List<Choice>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var text = RequiredPart(inputs[i]?.Text, $"choices[{i}].text", errors);
            if (inputs[i]?.Feedback is { Length: > QuestionRequest.PartMaxLength })
            {
                errors.Add($"choices[{i}].feedback", $"The feedback has at most {QuestionRequest.PartMaxLength} characters.");
            }
            choices.Add(new Choice(ChoiceId(i), text, inputs[i]?.Correct ?? false, NullIfBlank(inputs[i]?.Feedback)));
        }
        var correct = choices.Count(c => c.Correct);
        if (type == QuestionType.SingleChoice && correct != 1)
        {
            errors.Add("choices", "A single choice question has exactly one correct choice.");
        }
        if (type == QuestionType.MultipleChoice && correct == 0)
        {
            errors.Add("choices", "A multiple choice question has at least one correct choice.");
        }
        return new QuestionDefinition { Choices = choices };
    }

    private static QuestionDefinition ReadTrueFalse(bool? correct, FieldErrors errors)
    {
        if (correct is null)
        {
            errors.Add("correct", "A true/false question says whether the statement is true (correct: true or false).");
        }
        return new QuestionDefinition { CorrectAnswer = correct };
    }

    private static QuestionDefinition ReadNumeric(NumericInput? numeric, FieldErrors errors)
    {
        if (numeric is null)
        {
            errors.Add("numeric", "A numeric question has an answer (numeric.answer).");
            return new QuestionDefinition();
        }
        if (numeric.Tolerance < 0)
        {
            errors.Add("numeric.tolerance", "The tolerance is not negative.");
        }
        var units = new List<AcceptedUnit>();
        var inputs = numeric.Units ?? [];
        if (inputs.Count > MaxUnits)
        {
            errors.Add("numeric.units", $"At most {MaxUnits} units.");
        }
        for (var i = 0; i < inputs.Count && i < MaxUnits; i++)
        {
            var unit = inputs[i]?.Unit?.Trim() ?? "";
            if (unit.Length is 0 or > UnitMaxLength)
            {
                errors.Add($"numeric.units[{i}].unit", $"A unit has 1 to {UnitMaxLength} characters.");
            }
            else if (units.Exists(u => u.Unit == unit))
            {
                errors.Add($"numeric.units[{i}].unit", "Each unit is listed once.");
            }
            var factor = inputs[i]?.Factor ?? 0;
            if (factor <= 0)
            {
                errors.Add($"numeric.units[{i}].factor", "The factor is greater than 0.");
            }
            units.Add(new AcceptedUnit(unit, factor));
        }
        return new QuestionDefinition { Numeric = new NumericKey(numeric.Answer, numeric.Tolerance, units) };
    }

    private static QuestionDefinition ReadPatterns(IReadOnlyList<PatternInput>? inputs, bool caseSensitive, FieldErrors errors)
    {
        if (inputs is null || inputs.Count == 0)
        {
            errors.Add("patterns", "A short answer question has at least one pattern.");
            return new QuestionDefinition();
        }
        var patterns = new List<AnswerPattern>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var text = RequiredPart(inputs[i]?.Pattern, $"patterns[{i}].pattern", errors);
            if (!Enum.TryParse<PatternKind>(inputs[i]?.Match, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                errors.Add($"patterns[{i}].match", "The match is exact, wildcard or regex.");
                continue;
            }
            var fraction = inputs[i]!.Fraction;
            if (fraction is <= 0 or > 1)
            {
                errors.Add($"patterns[{i}].fraction", "The fraction is above 0 and at most 1.");
            }
            var pattern = new AnswerPattern(text, kind, fraction);
            if (kind == PatternKind.Regex && text.Length > 0)
            {
                try
                {
                    QuestionGrader.PatternRegex(pattern, caseSensitive);
                }
                catch (ArgumentException)
                {
                    errors.Add($"patterns[{i}].pattern", "The pattern is not a valid regular expression.");
                }
            }
            patterns.Add(pattern);
        }
        if (!patterns.Exists(p => p.Fraction == 1))
        {
            errors.Add("patterns", "At least one pattern earns full marks (fraction 1).");
        }
        return new QuestionDefinition { ShortAnswer = new ShortAnswerKey(caseSensitive, patterns) };
    }

    private static QuestionDefinition ReadPairs(IReadOnlyList<PairInput>? inputs, FieldErrors errors)
    {
        if (inputs is null || inputs.Count < 2)
        {
            errors.Add("pairs", "A matching question has at least 2 pairs.");
            return new QuestionDefinition();
        }
        var pairs = new List<MatchPair>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var prompt = RequiredPart(inputs[i]?.Prompt, $"pairs[{i}].prompt", errors);
            var match = RequiredPart(inputs[i]?.Match, $"pairs[{i}].match", errors);
            pairs.Add(new MatchPair($"P{i + 1}", prompt, $"M{i + 1}", match));
        }
        return new QuestionDefinition { Pairs = pairs };
    }

    private static QuestionDefinition ReadItems(IReadOnlyList<string>? inputs, FieldErrors errors)
    {
        if (inputs is null || inputs.Count < 2)
        {
            errors.Add("items", "An ordering question has at least 2 items.");
            return new QuestionDefinition();
        }
        var items = inputs.Select((text, i) => new OrderItem($"I{i + 1}", RequiredPart(text, $"items[{i}]", errors))).ToList();
        return new QuestionDefinition { Items = items };
    }

    private static QuestionDefinition ReadRubric(IReadOnlyList<CriterionInput>? inputs, FieldErrors errors)
    {
        if (inputs is null || inputs.Count == 0)
        {
            errors.Add("rubric", "An essay question has a rubric with at least one criterion.");
            return new QuestionDefinition();
        }
        var rubric = new List<RubricCriterion>();
        for (var c = 0; c < inputs.Count; c++)
        {
            var title = RequiredPart(inputs[c]?.Criterion, $"rubric[{c}].criterion", errors);
            var levels = inputs[c]?.Levels ?? [];
            if (levels.Count is 0 or > MaxCriterionLevels)
            {
                errors.Add($"rubric[{c}].levels", $"A criterion has 1 to {MaxCriterionLevels} levels.");
            }
            var read = new List<RubricLevel>();
            for (var l = 0; l < levels.Count && l < MaxCriterionLevels; l++)
            {
                var levelTitle = RequiredPart(levels[l]?.Title, $"rubric[{c}].levels[{l}].title", errors);
                var points = levels[l]?.Points ?? -1;
                if (points is < 0 or > 1000)
                {
                    errors.Add($"rubric[{c}].levels[{l}].points", "The points are between 0 and 1000.");
                }
                read.Add(new RubricLevel($"C{c + 1}L{l + 1}", levelTitle, points));
            }
            rubric.Add(new RubricCriterion($"C{c + 1}", title, read));
        }
        if (!errors.Any && rubric.Sum(c => c.MaxPoints) <= 0)
        {
            errors.Add("rubric", "The rubric's best levels are worth more than 0 points in all.");
        }
        return new QuestionDefinition { Rubric = rubric };
    }

    private static string RequiredPart(string? text, string field, FieldErrors errors)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > QuestionRequest.PartMaxLength)
        {
            errors.Add(field, $"This has 1 to {QuestionRequest.PartMaxLength} characters.");
        }
        return trimmed;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
