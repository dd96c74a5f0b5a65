using Azora.Assessment.Domain;

namespace Azora.Assessment.Tests;

public sealed class ItemAnalysisTests
{
    /*
     Four first attempts at a quiz of two questions, question 1 worth 1 point and question 2 worth 2 points:

         attempt   x1   x2   total X   rest X1 = X - x1   rest X2 = X - x2
         s1         1    2    3         2                  1
         s2         1    1    2         1                  1
         s3         0    1    1         1                  0
         s4         0    0    0         0                  0

     Means: x1 = 0.5, x2 = 1, X = 1.5, X1 = 1, X2 = 0.5. Sample (co)variances divide by N - 1 = 3.

     Question 1
       V(x1)      = (0.25 + 0.25 + 0.25 + 0.25) / 3 = 1/3
       V(X1)      = (1 + 0 + 0 + 1) / 3 = 2/3
       C(x1, X1)  = (0.5*1 + 0.5*0 + (-0.5)*0 + (-0.5)*(-1)) / 3 = 1/3
       F1   = 100 * 0.5 / 1 = 50
       SD1  = 100 * sqrt(1/3) / 1 = 57.735027
       D1   = 100 * (1/3) / sqrt(1/3 * 2/3) = 100 / sqrt(2) = 70.710678
       Cmax: x1 sorted (0,0,1,1) against X1 sorted (0,1,1,2):
             ((-0.5)(-1) + (-0.5)(0) + 0.5*0 + 0.5*1) / 3 = 1/3, so DE1 = 100

     Question 2
       V(x2)      = (1 + 0 + 0 + 1) / 3 = 2/3
       V(X2)      = (0.25 * 4) / 3 = 1/3
       C(x2, X2)  = (1*0.5 + 0*0.5 + 0*(-0.5) + (-1)(-0.5)) / 3 = 1/3
       F2   = 100 * 1 / 2 = 50
       SD2  = 100 * sqrt(2/3) / 2 = 40.824829
       D2   = 100 * (1/3) / sqrt(2/3 * 1/3) = 70.710678
       Cmax: x2 sorted (0,1,1,2) against X2 sorted (0,0,1,1):
             ((-1)(-0.5) + 0*(-0.5) + 0*0.5 + 1*0.5) / 3 = 1/3, so DE2 = 100

     Quiz: V(X) = (2.25 + 0.25 + 0.25 + 2.25) / 3 = 5/3
       alpha = 100 * 2/1 * (1 - (1/3 + 2/3) / (5/3)) = 200 * (1 - 3/5) = 80
    */
    private static readonly double[] MaxScores = [1, 2];

    private static readonly IReadOnlyList<double>[] Scores = [[1, 2], [1, 1], [0, 1], [0, 0]];

    [Fact]
    public void Statistics_match_the_values_computed_by_hand()
    {
        var statistics = ItemAnalysis.Analyse(MaxScores, Scores);

        Assert.Equal(4, statistics.AttemptCount);
        var first = statistics.Items[0];
        Assert.Equal(50, first.FacilityIndex!.Value, 6);
        Assert.Equal(57.735027, first.StandardDeviation!.Value, 5);
        Assert.Equal(70.710678, first.DiscriminationIndex!.Value, 5);
        Assert.Equal(100, first.DiscriminativeEfficiency!.Value, 6);
        var second = statistics.Items[1];
        Assert.Equal(50, second.FacilityIndex!.Value, 6);
        Assert.Equal(40.824829, second.StandardDeviation!.Value, 5);
        Assert.Equal(70.710678, second.DiscriminationIndex!.Value, 5);
        Assert.Equal(100, second.DiscriminativeEfficiency!.Value, 6);
        Assert.Equal(80, statistics.CoefficientOfInternalConsistency!.Value, 6);
    }

    /*
     A question that the weaker learners get right: three attempts, two questions of 1 point.

         attempt   x1   x2   X    X1
         s1         0    1    1    1
         s2         1    0    1    0
         s3         1    0    1    0

     x1 mean 2/3, X1 mean 1/3. C(x1, X1) = ((-2/3)(2/3) + (1/3)(-1/3) + (1/3)(-1/3)) / 2 = (-4/9 - 2/9) / 2 = -1/3
     V(x1) = (4/9 + 1/9 + 1/9) / 2 = 1/3, V(X1) = (4/9 + 1/9 + 1/9) / 2 = 1/3, so D1 = 100 * (-1/3) / (1/3) = -100.
     Cmax: x1 sorted (0,1,1) with X1 sorted (0,0,1): ((-2/3)(-1/3) + (1/3)(-1/3) + (1/3)(2/3)) / 2 = (2/9 - 1/9 + 2/9) / 2 = 1/6,
     so DE1 = 100 * (-1/3) / (1/6) = -200.
     Every total is 1, so V(X) = 0 and alpha is undefined.
    */
    [Fact]
    public void A_question_the_weaker_learners_get_right_discriminates_negatively()
    {
        var statistics = ItemAnalysis.Analyse([1, 1], [[0, 1], [1, 0], [1, 0]]);

        Assert.Equal(-100, statistics.Items[0].DiscriminationIndex!.Value, 6);
        Assert.Equal(-200, statistics.Items[0].DiscriminativeEfficiency!.Value, 6);
        Assert.Null(statistics.CoefficientOfInternalConsistency);
    }

    [Fact]
    public void With_one_attempt_only_the_facility_index_is_known()
    {
        var statistics = ItemAnalysis.Analyse([2], [[1]]);

        Assert.Equal(50, statistics.Items[0].FacilityIndex!.Value, 6);
        Assert.Null(statistics.Items[0].StandardDeviation);
        Assert.Null(statistics.Items[0].DiscriminationIndex);
        Assert.Null(statistics.CoefficientOfInternalConsistency);
    }
}
