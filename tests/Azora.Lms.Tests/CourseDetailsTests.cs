using Azora.Lms.Domain;

namespace Azora.Lms.Tests;

/// <summary>The rules a course's description meets before it is saved.</summary>
public sealed class CourseDetailsTests
{
    private static CourseDetails Details(string currency = "ZAR", string language = "en", long price = 0, Guid[]? prerequisites = null) =>
        new("SQL", "Joins", "Data", "beginner", language, price, currency, ["SQL"], prerequisites ?? [], 0);

    [Theory]
    [InlineData("ZAR")]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("KES")]
    [InlineData("AZR")]
    public void Iso_4217_codes_and_the_platform_unit_are_accepted(string currency)
    {
        Assert.Empty(Details(currency).Problems(null));
    }

    [Theory]
    [InlineData("ZZZ")]
    [InlineData("zar")]
    [InlineData("RAND")]
    public void Anything_else_is_not_a_currency(string currency)
    {
        Assert.Equal(["currency"], Details(currency).Problems(null).Keys);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("pt-BR", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("english", false)]
    [InlineData("e", false)]
    public void The_language_is_a_bcp_47_tag(string language, bool valid)
    {
        Assert.Equal(valid, !Details(language: language).Problems(null).ContainsKey("language"));
    }

    [Fact]
    public void A_course_cannot_require_itself_or_the_same_course_twice_or_cost_less_than_nothing()
    {
        var self = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();

        Assert.Contains("prerequisites", Details(prerequisites: [self]).Problems(self).Keys);
        Assert.Contains("prerequisites", Details(prerequisites: [other, other]).Problems(null).Keys);
        Assert.Contains("priceMinor", Details(price: -1).Problems(null).Keys);
    }
}
