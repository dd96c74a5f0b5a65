namespace Azora.Assessment.Domain;

/// <summary>Moodle's statistics for one question position of a quiz, as percentages; null where the data cannot say.</summary>
internal sealed record ItemStatistics(
    int Position,
    double MaxScore,
    double? FacilityIndex,
    double? StandardDeviation,
    double? DiscriminationIndex,
    double? DiscriminativeEfficiency);

internal sealed record QuizStatistics(int AttemptCount, double? CoefficientOfInternalConsistency, IReadOnlyList<ItemStatistics> Items);

/// <summary>
/// Classical item analysis as Moodle's quiz statistics report computes it (docs.moodle.org/dev/Quiz_statistics_calculations),
/// over one attempt per learner. With x_i(s) the score of attempt s on item i, X(s) its total and X_i(s) = X(s) - x_i(s)
/// the rest of the test, sample variances and covariances divide by N - 1:
/// <list type="bullet">
/// <item>facility index F_i = 100 (mean x_i - min_i) / (max_i - min_i), with the item's possible range min_i = 0, max_i = its points;</item>
/// <item>standard deviation SD_i = 100 sqrt(V(x_i)) / (max_i - min_i);</item>
/// <item>discrimination index D_i = 100 C(x_i, X_i) / sqrt(V(x_i) V(X_i)), the correlation of the item with the rest of the test;</item>
/// <item>discriminative efficiency DE_i = 100 C(x_i, X_i) / Cmax(x_i, X_i), where Cmax is the covariance after sorting both
/// columns independently (the largest covariance those scores could have);</item>
/// <item>coefficient of internal consistency (Cronbach's alpha) = 100 P / (P - 1) (1 - sum V(x_i) / V(X)) for P items.</item>
/// </list>
/// </summary>
internal static class ItemAnalysis
{
    /// <param name="maxScores">The points of each item, by position.</param>
    /// <param name="scores">One row per attempt: the score on each item, in the same order.</param>
    public static QuizStatistics Analyse(IReadOnlyList<double> maxScores, IReadOnlyList<IReadOnlyList<double>> scores)
    {
        var items = maxScores.Count;
        var totals = scores.Select(row => row.Sum()).ToArray();
        var statistics = new List<ItemStatistics>(items);
        for (var i = 0; i < items; i++)
        {
            var item = scores.Select(row => row[i]).ToArray();
            var rest = scores.Select((row, s) => totals[s] - row[i]).ToArray();
            statistics.Add(Item(i + 1, maxScores[i], item, rest));
        }
        return new QuizStatistics(scores.Count, InternalConsistency(scores, totals, items), statistics);
    }

    private static ItemStatistics Item(int position, double max, double[] item, double[] rest)
    {
        if (item.Length == 0 || max <= 0)
        {
            return new ItemStatistics(position, max, null, null, null, null);
        }
        var facility = 100 * item.Average() / max;
        if (item.Length < 2)
        {
            return new ItemStatistics(position, max, facility, null, null, null);
        }
        var itemVariance = Covariance(item, item);
        var restVariance = Covariance(rest, rest);
        var covariance = Covariance(item, rest);
        var standardDeviation = 100 * Math.Sqrt(itemVariance) / max;
        double? discrimination = itemVariance > 0 && restVariance > 0
            ? 100 * covariance / Math.Sqrt(itemVariance * restVariance)
            : null;
        var maxCovariance = Covariance([.. item.Order()], [.. rest.Order()]);
        double? efficiency = maxCovariance > 0 ? 100 * covariance / maxCovariance : null;
        return new ItemStatistics(position, max, facility, standardDeviation, discrimination, efficiency);
    }

    private static double? InternalConsistency(IReadOnlyList<IReadOnlyList<double>> scores, double[] totals, int items)
    {
        if (items < 2 || scores.Count < 2)
        {
            return null;
        }
        var totalVariance = Covariance(totals, totals);
        if (totalVariance <= 0)
        {
            return null;
        }
        var itemVariances = Enumerable.Range(0, items).Sum(i =>
        {
            var column = scores.Select(row => row[i]).ToArray();
            return Covariance(column, column);
        });
        return 100.0 * items / (items - 1) * (1 - itemVariances / totalVariance);
    }

    /// <summary>The sample covariance, dividing by N - 1 as Moodle does.</summary>
    private static double Covariance(double[] a, double[] b)
    {
        var meanA = a.Average();
        var meanB = b.Average();
        var sum = 0.0;
        for (var s = 0; s < a.Length; s++)
        {
            sum += (a[s] - meanA) * (b[s] - meanB);
        }
        return sum / (a.Length - 1);
    }
}
