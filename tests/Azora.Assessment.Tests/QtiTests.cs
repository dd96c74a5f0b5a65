using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Azora.Testing;

namespace Azora.Assessment.Tests;

/// <summary>QTI 3.0 items: exporting a question and importing the item gives the same question.</summary>
[Collection(AssessmentCollection.Name)]
public sealed class QtiTests(AssessmentFixture fixture)
{
    private static readonly XNamespace Qti = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";

    public static TheoryData<string> RoundTripTypes => ["singleChoice", "multipleChoice", "shortAnswer", "matching", "ordering"];

    private static object QuestionOf(string type) => type switch
    {
        "singleChoice" => Authoring.SingleChoice(),
        "multipleChoice" => Authoring.MultipleChoice(),
        "shortAnswer" => new
        {
            type = "shortAnswer",
            text = "Name the largest planet.",
            points = 2,
            caseSensitive = false,
            patterns = new object[] { new { pattern = "Jupiter", fraction = 1m }, new { pattern = "Jove", fraction = 0.5m } },
        },
        "matching" => Authoring.Matching(),
        _ => Authoring.Ordering(),
    };

    [Theory]
    [MemberData(nameof(RoundTripTypes))]
    public async Task Exporting_then_importing_gives_the_same_question(string type)
    {
        using var instructor = fixture.NewInstructor();
        var original = await Authoring.CreateQuestionAsync(instructor, QuestionOf(type));

        var xml = await instructor.GetStringAsync($"/api/questions/{original.Id()}/qti");
        var imported = await instructor.PostAsync("/api/questions/qti", new StringContent(xml, Encoding.UTF8, "application/xml"));

        var body = await imported.Content.ReadAsStringAsync();
        Assert.True(imported.StatusCode == HttpStatusCode.Created, body);
        var copy = JsonDocument.Parse(body).RootElement;
        Assert.NotEqual(original.Id(), copy.Id());
        foreach (var property in new[] { "type", "text", "points", "feedback", "choices", "caseSensitive", "patterns", "pairs", "items" })
        {
            Assert.Equal(original.GetProperty(property).GetRawText(), copy.GetProperty(property).GetRawText());
        }
    }

    [Fact]
    public async Task An_exported_choice_item_is_qti_3_with_its_correct_response_and_score()
    {
        using var instructor = fixture.NewInstructor();
        var question = await Authoring.CreateQuestionAsync(instructor, Authoring.SingleChoice());

        var response = await instructor.GetAsync($"/api/questions/{question.Id()}/qti");

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var item = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Qti + "qti-assessment-item", item.Name);
        Assert.Equal(["B"], item.Element(Qti + "qti-response-declaration")!.Element(Qti + "qti-correct-response")!.Elements(Qti + "qti-value").Select(v => v.Value));
        Assert.Contains(item.Elements(Qti + "qti-outcome-declaration"), o => (string?)o.Attribute("identifier") == "SCORE");
        Assert.Equal(3, item.Descendants(Qti + "qti-choice-interaction").Single().Elements(Qti + "qti-simple-choice").Count());
    }

    [Fact]
    public async Task A_question_without_a_qti_form_is_refused_for_export()
    {
        using var instructor = fixture.NewInstructor();
        var essay = await Authoring.CreateQuestionIdAsync(instructor, Authoring.Essay());

        await Problems.AssertProblemAsync(await instructor.GetAsync($"/api/questions/{essay}/qti"), HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [InlineData("<qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\"><unclosed></qti-assessment-item>")]
    [InlineData("<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\"/>")]
    [InlineData("<!DOCTYPE x [<!ENTITY e \"boom\">]><qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\">&e;</qti-assessment-item>")]
    [InlineData("<qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\"><qti-response-declaration identifier=\"RESPONSE\"/><qti-item-body><p>No interaction</p></qti-item-body></qti-assessment-item>")]
    public async Task A_malformed_or_unsupported_item_is_refused_and_nothing_is_imported(string xml)
    {
        using var instructor = fixture.NewInstructor();

        var response = await instructor.PostAsync("/api/questions/qti", new StringContent(xml, Encoding.UTF8, "application/xml"));

        await Problems.AssertFieldErrorAsync(response, "xml");
        var bank = await instructor.GetFromJsonAsync<JsonElement>("/api/questions");
        Assert.Empty(bank.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task An_oversized_item_is_refused()
    {
        using var instructor = fixture.NewInstructor();
        var xml = "<qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\">" + new string('x', 300_000) + "</qti-assessment-item>";

        var response = await instructor.PostAsync("/api/questions/qti", new StringContent(xml, Encoding.UTF8, "application/xml"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_item_not_sent_as_xml_is_refused()
    {
        using var instructor = fixture.NewInstructor();

        var response = await instructor.PostAsync("/api/questions/qti", new StringContent("{}", Encoding.UTF8, "application/json"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }
}
