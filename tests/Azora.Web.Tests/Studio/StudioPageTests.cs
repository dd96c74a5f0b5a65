using System.Globalization;
using System.Security.Claims;
using Azora.Contracts;
using Azora.Web.Api;
using Azora.Web.Components.Pages.Studio;
using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Web.Tests.Studio;

/// <summary>The studio's pages without a browser: the gradebook table, item analysis with its charts, and who may see them.</summary>
public sealed class StudioPageTests : BunitContext
{
    private static readonly Guid Instructor = Guid.Parse("0195a000-0000-7000-8000-0000000000aa");
    private static readonly Guid CourseId = Guid.Parse("0195a000-0000-7000-8000-000000000001");
    private static readonly Guid QuizId = Guid.Parse("0195a000-0000-7000-8000-000000000002");

    private readonly FakeGateway _gateway = new();

    public StudioPageTests() => Services.AddSingleton(_gateway.Client());

    private static string Course(Guid owner) => $$"""
        {"id":"{{CourseId}}","ownerId":"{{owner}}","coInstructorIds":[],"title":"Everyday science","summary":"","subject":"Science","level":"beginner",
         "language":"en","priceMinor":0,"currency":"ZAR","skills":[],"prerequisites":[],"minimumGrade":0,"status":"published",
         "modules":[],"gradeCategories":[{"name":"Quizzes","weight":70,"dropLowest":1},{"name":"Essays","weight":30,"dropLowest":0}]}
        """;

    private const string Book = """
        {"courseId":"0195a000-0000-7000-8000-000000000001","nextCursor":null,"rows":[
          {"learnerId":"0195a000-0000-7000-8000-0000000000b1","grade":82.5,
           "categories":[{"name":"Quizzes","weight":70,"dropLowest":1,"average":90,"counted":1,"dropped":1},{"name":"Essays","weight":30,"dropLowest":0,"average":65,"counted":1,"dropped":0}],
           "items":[{"lessonId":"0195a000-0000-7000-8000-0000000000c1","title":"Quiz one","category":"Quizzes","bestPercent":90,"passed":true},
                    {"lessonId":"0195a000-0000-7000-8000-0000000000c2","title":"Essay","category":"Essays","bestPercent":null,"passed":null}]},
          {"learnerId":"0195a000-0000-7000-8000-0000000000b2","grade":null,"categories":[],"items":[]}]}
        """;

    private static HttpContext SignedIn(Guid accountId, params string[] roles)
    {
        var claims = new List<Claim> { new("sub", accountId.ToString()) };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        return new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test", "name", "role")) };
    }

    [Fact]
    public void The_gradebook_is_a_table_with_a_row_per_learner_a_column_per_category_and_quiz_and_the_weighted_grade()
    {
        _gateway.Answer($"/azora-lms/api/courses/{CourseId}", Course(Instructor))
            .Answer($"/azora-lms/api/courses/{CourseId}/gradebook?limit=50", Book);

        var page = Render<CourseGradebook>(parameters => parameters
            .Add(p => p.CourseId, CourseId)
            .AddCascadingValue(SignedIn(Instructor, Roles.Instructor)));

        var headers = page.FindAll("#gradebook thead th").Select(th => th.TextContent).ToList();
        Assert.Equal(["Learner", "Quizzes (weight 70%, lowest 1 dropped)", "Essays (weight 30%)", "Quiz one", "Essay", "Course grade"], headers);
        Assert.All(page.FindAll("#gradebook thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var first = page.FindAll("#gradebook tbody tr")[0];
        Assert.Equal("Learner 000000b1", first.QuerySelector("th[scope=row]")!.TextContent);
        Assert.Equal(["90% (1 dropped)", "65%", "90% passed", "–", "82.5%"], first.QuerySelectorAll("td").Select(td => td.TextContent));
        var second = page.FindAll("#gradebook tbody tr")[1];
        Assert.All(second.QuerySelectorAll("td"), td => Assert.Equal("–", td.TextContent));
        Assert.Equal("Quizzes", page.Find("#category-0-name").GetAttribute("value"));
        Assert.Equal("30", page.Find("#category-1-weight").GetAttribute("value"));
    }

    [Fact]
    public void A_published_course_of_another_instructor_shows_no_gradebook_and_asks_nothing_more_of_the_api()
    {
        _gateway.Answer($"/azora-lms/api/courses/{CourseId}", Course(Guid.NewGuid()))
            .Answer($"/azora-lms/api/courses/{CourseId}/gradebook?limit=50", Book);

        var page = Render<CourseGradebook>(parameters => parameters
            .Add(p => p.CourseId, CourseId)
            .AddCascadingValue(SignedIn(Instructor, Roles.Instructor)));

        Assert.Empty(page.FindAll("#gradebook"));
        Assert.DoesNotContain(_gateway.Requests, r => r.PathAndQuery.Contains("/gradebook", StringComparison.Ordinal));
    }

    [Fact]
    public void A_platform_admin_may_open_any_courses_gradebook()
    {
        _gateway.Answer($"/azora-lms/api/courses/{CourseId}", Course(Guid.NewGuid()))
            .Answer($"/azora-lms/api/courses/{CourseId}/gradebook?limit=50", Book);

        var page = Render<CourseGradebook>(parameters => parameters
            .Add(p => p.CourseId, CourseId)
            .AddCascadingValue(SignedIn(Guid.NewGuid(), Roles.PlatformAdmin)));

        Assert.Equal(2, page.FindAll("#gradebook tbody tr").Count);
    }

    [Fact]
    public void Item_analysis_shows_the_statistics_table_and_accessible_bar_charts_drawn_from_the_same_values()
    {
        _gateway.Answer($"/azora-assessment/api/quizzes/{QuizId}/statistics", """
            {"attemptCount":4,"coefficientOfInternalConsistency":61.25,"items":[
              {"position":1,"maxScore":1,"facilityIndex":75,"standardDeviation":50,"discriminationIndex":40,"discriminativeEfficiency":55.5},
              {"position":2,"maxScore":2,"facilityIndex":25,"standardDeviation":40,"discriminationIndex":-20,"discriminativeEfficiency":-30},
              {"position":3,"maxScore":1,"facilityIndex":100,"standardDeviation":0,"discriminationIndex":null,"discriminativeEfficiency":null}]}
            """);

        var page = Render<ItemAnalysis>(parameters => parameters.Add(p => p.QuizId, QuizId));

        Assert.Equal("4 attempts", page.Find("[data-testid=attempt-count]").TextContent);
        Assert.Equal("61.3", page.Find("[data-testid=alpha]").TextContent);
        Assert.Equal(["Question 2", "2", "25.0", "40.0", "-20.0", "-30.0"],
            page.Find("tr[data-position='2']").Children.Select(c => c.TextContent));
        Assert.Equal("–", page.Find("tr[data-position='3']").Children[4].TextContent);

        var facility = page.Find("svg[aria-labelledby='facility-chart-title facility-chart-desc']");
        Assert.Equal("img", facility.GetAttribute("role"));
        Assert.Equal("Facility index by question", facility.QuerySelector("title#facility-chart-title")!.TextContent);
        Assert.Contains("question 1 75.0; question 2 25.0; question 3 100.0", facility.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        var heights = facility.QuerySelectorAll("rect[data-label]").ToDictionary(r => r.GetAttribute("data-label")!, r => double.Parse(r.GetAttribute("height")!, CultureInfo.InvariantCulture));
        Assert.Equal(3 * heights["Q2"], heights["Q1"], 3);
        Assert.Equal(StudioBarChart.PlotHeight, heights["Q3"], 3);

        var discrimination = page.Find("svg[aria-labelledby='discrimination-chart-title discrimination-chart-desc']");
        var negative = discrimination.QuerySelector("rect[data-label='Q2']")!;
        Assert.Equal("-20.0", negative.GetAttribute("data-value"));
        Assert.Empty(discrimination.QuerySelectorAll("rect[data-label='Q3']"));
        Assert.Contains("no data", discrimination.QuerySelector("text[data-label='Q3']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quiz_that_is_not_the_viewers_shows_no_analysis()
    {
        _gateway.Answer($"/azora-assessment/api/quizzes/{QuizId}/statistics", """{"title":"The quiz does not exist.","status":404}""", System.Net.HttpStatusCode.NotFound);

        var page = Render<ItemAnalysis>(parameters => parameters.Add(p => p.QuizId, QuizId));

        Assert.Equal("This analysis is not yours", page.Find("h1").TextContent);
        Assert.Empty(page.FindAll("svg"));
    }
}
