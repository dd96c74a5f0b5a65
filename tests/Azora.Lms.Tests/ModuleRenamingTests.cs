using System.Net;
using System.Net.Http.Json;
using Azora.Testing;
using static Azora.Lms.Tests.Lms;

namespace Azora.Lms.Tests;

/// <summary>An instructor renames a module in place; its lessons and place stay, and nobody else may rename it.</summary>
[Collection(LmsCollection.Name)]
public sealed class ModuleRenamingTests(LmsFixture fixture)
{
    [Fact]
    public async Task A_renamed_module_keeps_its_place_and_lessons()
    {
        using var instructor = fixture.NewInstructor();
        var course = await PublishedCourseAsync(instructor.Client);

        var renamed = await ExpectAsync(
            await instructor.Client.PutAsJsonAsync($"/api/modules/{course.ModuleId}", new { title = "  Joining tables  " }), HttpStatusCode.OK);

        Assert.Equal("Joining tables", renamed.GetProperty("title").GetString());
        var module = (await GetAsync(instructor.Client, $"/api/courses/{course.Id}")).GetProperty("modules")[0];
        Assert.Equal(("Joining tables", 1, 3),
            (module.GetProperty("title").GetString(), module.GetProperty("position").GetInt32(), module.GetProperty("lessons").GetArrayLength()));
    }

    [Fact]
    public async Task A_blank_title_a_learner_another_instructor_and_an_unknown_module_are_refused_and_change_nothing()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        using var stranger = fixture.NewInstructor();
        var course = await PublishedCourseAsync(instructor.Client);

        var blank = await instructor.Client.PutAsJsonAsync($"/api/modules/{course.ModuleId}", new { title = "   " });
        var byLearner = await learner.Client.PutAsJsonAsync($"/api/modules/{course.ModuleId}", new { title = "Mine" });
        var byStranger = await stranger.Client.PutAsJsonAsync($"/api/modules/{course.ModuleId}", new { title = "Mine" });
        var unknown = await instructor.Client.PutAsJsonAsync($"/api/modules/{Guid.CreateVersion7()}", new { title = "Lost" });

        await Problems.AssertFieldErrorAsync(blank, "title");
        await Problems.AssertProblemAsync(byLearner, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(byStranger, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        var module = (await GetAsync(instructor.Client, $"/api/courses/{course.Id}")).GetProperty("modules")[0];
        Assert.Equal("Basics", module.GetProperty("title").GetString());
    }
}
