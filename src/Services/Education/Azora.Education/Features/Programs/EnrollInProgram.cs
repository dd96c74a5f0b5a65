using Azora.ServiceDefaults.Persistence;
using System.Data;
using System.Security.Claims;
using Azora.Contracts.Lms;
using Azora.Education.Data;
using Azora.Education.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Azora.Education.Features.Programs;

/// <summary>
/// The signed-in learner enrols in a program. The enrolment and an <see cref="EnrollLearner"/> command to azora-lms for
/// each of its courses commit together through the outbox; each command's request id is derived from the enrolment and
/// the course, so azora-lms enrols once however often it is delivered. Enrolling again answers with the enrolment that
/// exists and sends nothing.
/// </summary>
internal static class EnrollInProgram
{
    public static void Map(IEndpointRouteBuilder programs) =>
        programs.MapPost("/{id:guid}/enrollments", HandleAsync)
            .WithName("EnrollInProgram")
            .WithSummary("Enrol the signed-in learner in a program and, through azora-lms, in each of its courses; enrolling again changes nothing.");

    private static async Task<Results<Created<ProgramEnrollmentResponse>, Ok<ProgramEnrollmentResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        ClaimsPrincipal caller,
        IDbContextOutbox<EducationDbContext> outbox,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
        {
            return TypedResults.Forbid();
        }
        var db = outbox.DbContext;
        var program = await ProgramReading.FindAsync(db, id, cancellationToken);
        if (program is null)
        {
            return EducationProblems.NotFound("program");
        }
        if (await ExistingAsync(db, program, learnerId, cancellationToken) is { } existing)
        {
            return TypedResults.Ok(existing);
        }
        if (!program.IsFree)
        {
            return EducationProblems.Conflict(
                "This program has a price and needs a paid order.",
                "Paid enrolment arrives with payments; until then only free programs can be joined.");
        }
        var requiredIds = program.Prerequisites.Select(p => p.RequiredProgramId).ToList();
        var completedIds = await db.ProgramCompletions
            .Where(c => c.LearnerId == learnerId && requiredIds.Contains(c.ProgramId))
            .Select(c => c.ProgramId)
            .ToListAsync(cancellationToken);
        var missing = await db.Programs.Where(p => requiredIds.Contains(p.Id) && !completedIds.Contains(p.Id)).Select(p => p.Title).ToListAsync(cancellationToken);
        if (missing.Count > 0)
        {
            return EducationProblems.Conflict(
                "Complete the program's prerequisites first.",
                $"Not yet completed: {string.Join("; ", missing.Order(StringComparer.Ordinal))}.");
        }

        var now = clock.GetUtcNow();
        var enrollment = ProgramEnrollment.Start(program.Id, learnerId, now);
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        db.ProgramEnrollments.Add(enrollment);
        foreach (var courseId in program.CourseIdsInOrder)
        {
            await outbox.PublishAsync(new EnrollLearner(
                MessageIds.EnrollmentRequest(enrollment.Id, courseId), learnerId, courseId, $"Enrolled in the program \"{program.Title}\".", now));
        }
        // Courses completed before the learner joined count: a program whose courses are all done completes at once.
        var completed = await ProgramCompletionCheck.CompleteAsync(db, learnerId, [program.Id], now, cancellationToken);
        foreach (var programCompleted in completed)
        {
            await outbox.PublishAsync(programCompleted);
        }
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateException duplicate) when (duplicate.IsDuplicateKey())
        {
            // The same learner's other request enrolled first; answer with its enrolment.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await ExistingAsync(db, program, learnerId, cancellationToken) is { } winner
                ? TypedResults.Ok(winner)
                : EducationProblems.Conflict("The program changed while this request ran; try again.");
        }
        return TypedResults.Created(
            $"/api/programs/{program.Id}/enrollments/{enrollment.Id}",
            ProgramEnrollmentResponse.From(enrollment, program, completed.Count > 0 ? now : null));
    }

    private static async Task<ProgramEnrollmentResponse?> ExistingAsync(
        EducationDbContext db, LearningProgram program, Guid learnerId, CancellationToken cancellationToken)
    {
        var enrollment = await db.ProgramEnrollments.AsNoTracking()
            .SingleOrDefaultAsync(e => e.ProgramId == program.Id && e.LearnerId == learnerId, cancellationToken);
        if (enrollment is null)
        {
            return null;
        }
        var completion = await db.ProgramCompletions.AsNoTracking()
            .SingleOrDefaultAsync(c => c.ProgramId == program.Id && c.LearnerId == learnerId, cancellationToken);
        return ProgramEnrollmentResponse.From(enrollment, program, completion?.CompletedAt);
    }
}
