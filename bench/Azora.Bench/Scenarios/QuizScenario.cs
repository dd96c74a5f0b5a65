using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azora.Bench.Harness;
using Azora.Bench.Reporting;

namespace Azora.Bench.Scenarios;

/// <summary>
/// Submit-and-grade through the gateway. A learner has at most one open attempt per quiz, so the benchmark authors
/// many quizzes of the same objective questions, starts one attempt at each as the demo learner and saves its answers;
/// each request then submits a different attempt, which grades it and publishes the grade. The warm-up load submits
/// attempts of its own.
/// </summary>
public sealed class QuizScenario : IScenario
{
    /// <summary>Attempts prepared per second of load: a run beyond that rate runs out and its repeats are counted as failures.</summary>
    public const int AttemptsPerSecond = 3000;

    /// <summary>
    /// Attempts submitted one by one before the load: the first grade of a process compiles Wolverine's handler chains
    /// for AttemptGraded and what it sets off (the gradebook, the reward, its audit), seconds of work that is not
    /// submit-and-grade.
    /// </summary>
    public const int WarmUpAttempts = 20;

    /// <summary>The rate the target names: the paced load offers this many submits a second, and its p99 is judged.</summary>
    public const int TargetRate = 1000;

    /// <summary>The p99 the target allows at <see cref="TargetRate"/>, in milliseconds.</summary>
    public const double TargetP99Milliseconds = 50;

    private const string ChoiceText = "Which clause keeps only the rows for which a condition is true?";
    private const string TrueFalseText = "A LEFT JOIN keeps every row of the left table, even when nothing matches on the right.";

    public string Name => "quiz";

    public async Task RunAsync(BenchContext context)
    {
        var instructor = await context.SignInAsync("instructor");
        var learner = await context.SignInAsync("learner");
        var choice = await instructor.PostAsync("/azora-assessment/api/questions", new
        {
            type = "singleChoice",
            text = ChoiceText,
            choices = new[] { new { text = "ORDER BY", correct = false }, new { text = "WHERE", correct = true }, new { text = "GROUP BY", correct = false } },
        });
        var trueFalse = await instructor.PostAsync("/azora-assessment/api/questions", new { type = "trueFalse", text = TrueFalseText, correct = true });
        var slots = new[] { new { questionId = choice.GetProperty("id").GetGuid() }, new { questionId = trueFalse.GetProperty("id").GetGuid() } };

        var warmUpCount = AttemptsPerSecond * (int)context.Options.WarmUp.TotalSeconds;
        var loadCount = AttemptsPerSecond * (int)context.Options.Duration.TotalSeconds;
        // wrk runs a little past its duration, and a paced load that ran out would count resubmits as failures.
        var pacedCount = TargetRate * ((int)context.Options.Duration.TotalSeconds + 1);
        var count = WarmUpAttempts + warmUpCount + loadCount + pacedCount;
        Console.WriteLine($"Preparing {count} started attempts with saved answers...");
        var attempts = new List<Guid>(count);
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = BenchCourses.Parallelism },
            async (number, _) =>
            {
                var quiz = await instructor.PostAsync("/azora-assessment/api/quizzes", new
                {
                    title = "Bench quiz " + number.ToString(CultureInfo.InvariantCulture),
                    questions = slots,
                    feedbackMode = "immediate",
                });
                var attempt = await learner.PostAsync($"/azora-assessment/api/quizzes/{quiz.GetProperty("id").GetGuid()}/attempts", null);
                var attemptId = attempt.GetProperty("id").GetGuid();
                await learner.PutAsync($"/azora-assessment/api/attempts/{attemptId}/answers", new { answers = AnswersFor(attempt) });
                lock (attempts)
                {
                    attempts.Add(attemptId);
                }
            });

        foreach (var attemptId in attempts.Take(WarmUpAttempts))
        {
            await learner.PostAsync($"/azora-assessment/api/attempts/{attemptId}/submit", null);
        }
        PlannedRequest Submit(Guid attemptId) => new("POST", $"/azora-assessment/api/attempts/{attemptId}/submit", learner.Token);
        var warmUp = attempts.Skip(WarmUpAttempts).Take(warmUpCount).Select(Submit).ToList();
        var requests = attempts.Skip(WarmUpAttempts + warmUpCount).Take(loadCount).Select(Submit).ToList();
        var paced = attempts.Skip(WarmUpAttempts + warmUpCount + loadCount).Select(Submit).ToList();
        SqliteWriterMetrics? before = null;
        GcPauseMetrics? gcBefore = null;
        TimeSpan? cpuBefore = null;
        var clock = new Stopwatch();
        var load = await context.LoadAsync(BenchClient.GatewayAddress, await RequestList.WriteScriptAsync(requests, context.WorkDirectory),
            warmUpScript: warmUp.Count > 0 ? await RequestList.WriteScriptAsync(warmUp, context.WorkDirectory) : null,
            measuring: async () =>
            {
                // The measured load starts with nothing left over from the warm-up's events, so runs start alike.
                await EventBacklog.DrainAsync(context.DataDirectory);
                before = await context.ReadWriterMetricsAsync();
                gcBefore = await context.ReadGcMetricsAsync();
                cpuBefore = context.Platform?.CpuTime();
                clock.Start();
            });
        var loadTime = clock.Elapsed;
        var gc = (await context.ReadGcMetricsAsync()).Since(gcBefore!);
        var drained = await EventBacklog.DrainAsync(context.DataDirectory);
        var everything = clock.Elapsed;
        var cpuPerSubmit = (context.Platform?.CpuTime() - cpuBefore) / Math.Max(1, load.Requests) is { } cpu
            ? string.Create(CultureInfo.InvariantCulture, $"; platform CPU {cpu.TotalMicroseconds:0} µs per submit, its events' handling included")
            : "";
        var writer = (await context.ReadWriterMetricsAsync()).Since(before!, everything);
        var sustained = load.Requests / everything.TotalSeconds;

        // The same submit offered at the target's rate, each connection free between its sends, after the load's events
        // were all handled: the latency at 1,000 a second, where the load above gives the latency at the most answered.
        var pacedScript = await RequestList.WriteScriptAsync(paced, context.WorkDirectory, TargetRate);
        var writerBeforePaced = await context.ReadWriterMetricsAsync();
        var pacedClock = Stopwatch.StartNew();
        var atTarget = await context.LoadAsync(BenchClient.GatewayAddress, pacedScript, warm: true);
        await EventBacklog.DrainAsync(context.DataDirectory);
        var pacedWriter = (await context.ReadWriterMetricsAsync()).Since(writerBeforePaced, pacedClock.Elapsed);

        var note = load.Summary
            + (load.Requests > requests.Count ? $"; the {requests.Count} prepared attempts ran out, later requests resubmit (409)" : "");
        context.Report.Add(new Figure($"quiz submit-and-grade through the gateway ({context.Options.Connections} connections, as fast as answered)", load.RequestsPerSecond, "submits/s",
            "bare Kestrel JSON endpoint", context.Bare.RequestsPerSecond, "at least 1,000/s", load.RequestsPerSecond >= TargetRate, note));
        context.Report.Add(new Figure($"quiz p99 at 1,000 submits/s offered ({context.Options.Connections} connections)", atTarget.P99Milliseconds, "ms",
            "p99 as fast as answered", load.P99Milliseconds, "p99 at most 50 ms with the rate kept", KeptPace(atTarget) && atTarget.P99Milliseconds <= TargetP99Milliseconds,
            string.Create(CultureInfo.InvariantCulture, $"{atTarget.RequestsPerSecond:0} submits/s answered; ") + atTarget.Summary));
        context.Report.Add(new Figure("quiz, sustained: submits whose events were all handled", sustained, "submits/s",
            "the same load's answered submits", load.RequestsPerSecond, "at least 1,000/s", sustained >= 1000, string.Create(CultureInfo.InvariantCulture,
                $"{load.Requests} submits answered in {loadTime.TotalSeconds:0.#} s; the gradebook, reward and audit events they set off were all handled {drained.TotalSeconds:0.#} s later") + cpuPerSubmit));
        context.Report.Add(new Figure("SQLite writer busy over the sustained quiz load", writer.Busy * 100, "%", Note: string.Create(CultureInfo.InvariantCulture,
            $"{writer.Turns / everything.TotalSeconds:0} turns/s, {writer.HeldPerTurnMilliseconds:0.###} ms held per turn, idle while a turn passed to a waiting writer {writer.HandingOver * 100:0.#}% of the time; turns per submit: {writer.PerRequest(load.Requests)}")));
        context.Report.Add(new Figure("SQLite writer busy at 1,000 submits/s offered", pacedWriter.Busy * 100, "%", Note: string.Create(CultureInfo.InvariantCulture,
            $"{pacedWriter.Turns / pacedClock.Elapsed.TotalSeconds:0} turns/s, {pacedWriter.HeldPerTurnMilliseconds:0.###} ms held per turn, idle while a turn passed to a waiting writer {pacedWriter.HandingOver * 100:0.#}% of the time; turns per submit: {pacedWriter.PerRequest(atTarget.Requests)}")));
        context.Report.Add(new Figure("GC pauses over the measured quiz load", gc.Paused / loadTime * 100, "%", Note: string.Create(CultureInfo.InvariantCulture,
            $"{gc.Collections} collections in {loadTime.TotalSeconds:0.#} s (gen0 {gc.Gen0}, gen1 {gc.Gen1}, gen2 {gc.Gen2}), {gc.Paused.TotalMilliseconds:0} ms paused, {gc.MeanPauseMilliseconds:0.#} ms each; a pause holds every request in flight")));
    }

    /// <summary>
    /// Whether a paced load kept the target's rate: every submit succeeded, answered at the rate within 2% (wrk's rate
    /// counts its time connecting), with at most 1% of the sends late (a late send waited for a connection, and its wait
    /// is not in its latency).
    /// </summary>
    private static bool KeptPace(LoadResult paced) =>
        paced.Failures == 0 && paced.RequestsPerSecond >= TargetRate * 0.98 && paced.Pacing is { } pacing && pacing.Late <= pacing.Sends / 100;

    /// <summary>The right answer to each question the attempt shows, by its position.</summary>
    private static object[] AnswersFor(JsonElement attempt) =>
    [
        .. attempt.GetProperty("questions").EnumerateArray().Select(question =>
        {
            var position = question.GetProperty("position").GetInt32();
            return question.GetProperty("text").GetString() == ChoiceText
                ? (object)new { position, choices = new[] { "B" } }
                : new { position, value = true };
        }),
    ];
}
