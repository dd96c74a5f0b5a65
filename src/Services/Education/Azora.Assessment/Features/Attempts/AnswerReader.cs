using Azora.Assessment.Domain;

namespace Azora.Assessment.Features.Attempts;

/// <summary>Checks each answer against the question it is for: a known position, the field its type needs, known ids, sizes.</summary>
internal static class AnswerReader
{
    public const int ShortTextMaxLength = 1_000;
    public const int EssayMaxLength = 50_000;

    public static List<(int Position, LearnerResponse Response)> Read(IReadOnlyList<AnswerInput> answers, LoadedAttempt loaded, FieldErrors errors)
    {
        var read = new List<(int, LearnerResponse)>();
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            var field = $"answers[{i}]";
            var item = answer is null ? null : loaded.Attempt.Items.FirstOrDefault(it => it.Position == answer.Position);
            if (item is null)
            {
                errors.Add($"{field}.position", "The attempt has no question at this position.");
                continue;
            }
            if (read.Exists(r => r.Item1 == answer!.Position))
            {
                errors.Add($"{field}.position", "Each position is answered once per request.");
                continue;
            }
            var response = Check(answer!, item, loaded.Versions[item.QuestionVersionId], field, errors);
            if (response is not null)
            {
                read.Add((answer!.Position, response));
            }
        }
        return read;
    }

    private static LearnerResponse? Check(AnswerInput answer, AttemptItem item, QuestionVersion version, string field, FieldErrors errors)
    {
        var key = version.Definition;
        switch (version.Type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                if (answer.Choices is null || (version.Type == QuestionType.SingleChoice && answer.Choices.Count > 1)
                    || answer.Choices.Distinct().Count() != answer.Choices.Count
                    || answer.Choices.Any(c => key.Choices!.All(k => k.Id != c)))
                {
                    errors.Add($"{field}.choices", version.Type == QuestionType.SingleChoice
                        ? "A single choice answer lists at most one of the question's choice ids."
                        : "A multiple choice answer lists distinct choice ids of the question.");
                    return null;
                }
                return new LearnerResponse { Choices = answer.Choices };
            case QuestionType.TrueFalse:
                return Require(answer.Value is not null, $"{field}.value", "A true/false answer is value: true or false.", errors)
                    ? new LearnerResponse { Value = answer.Value }
                    : null;
            case QuestionType.Numeric:
                if (!Require(answer.Number is not null, $"{field}.number", "A numeric answer has a number.", errors)
                    || !Require(answer.Unit is null || answer.Unit.Length <= 20, $"{field}.unit", "A unit has at most 20 characters.", errors))
                {
                    return null;
                }
                return new LearnerResponse { Number = answer.Number, Unit = answer.Unit?.Trim() };
            case QuestionType.ShortAnswer or QuestionType.Essay:
                var max = version.Type == QuestionType.Essay ? EssayMaxLength : ShortTextMaxLength;
                return Require(answer.Text is not null && answer.Text.Length <= max, $"{field}.text", $"This answer is text of at most {max} characters.", errors)
                    ? new LearnerResponse { Text = answer.Text }
                    : null;
            case QuestionType.Matching:
                var valid = answer.Matches is not null
                    && answer.Matches.All(m => key.Pairs!.Any(p => p.PromptId == m.Key) && key.Pairs!.Any(p => PresentedIds.For(item.Id, p.MatchId) == m.Value));
                return Require(valid, $"{field}.matches", "A matching answer maps the question's prompt ids to the match ids shown in this attempt.", errors)
                    ? new LearnerResponse { Matches = answer.Matches }
                    : null;
            default:
                var ordered = answer.Order is not null && answer.Order.Count <= key.Items!.Count && answer.Order.Distinct().Count() == answer.Order.Count
                    && answer.Order.All(o => key.Items!.Any(it => PresentedIds.For(item.Id, it.Id) == o));
                return Require(ordered, $"{field}.order", "An ordering answer lists the item ids shown in this attempt, each once, first to last.", errors)
                    ? new LearnerResponse { Order = answer.Order }
                    : null;
        }
    }

    private static bool Require(bool condition, string field, string message, FieldErrors errors)
    {
        if (!condition)
        {
            errors.Add(field, message);
        }
        return condition;
    }
}
