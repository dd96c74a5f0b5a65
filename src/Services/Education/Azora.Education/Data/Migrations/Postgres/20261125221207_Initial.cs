using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.Education.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_courses",
                columns: table => new
                {
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Language = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PriceMinor = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    LessonCount = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UnpublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsListed = table.Column<bool>(type: "boolean", nullable: false),
                    SortTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_courses", x => x.CourseId);
                });

            migrationBuilder.CreateTable(
                name: "course_progress",
                columns: table => new
                {
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Grade = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_course_progress", x => new { x.LearnerId, x.CourseId });
                });

            migrationBuilder.CreateTable(
                name: "course_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Seats = table.Column<int>(type: "integer", nullable: true),
                    Pacing = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ScheduledBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_course_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "guardian_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GuardianId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    InvitedBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guardian_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lesson_completions",
                columns: table => new
                {
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    LessonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lesson_completions", x => new { x.LearnerId, x.LessonId });
                });

            migrationBuilder.CreateTable(
                name: "processed_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Handler = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "program_completions",
                columns: table => new
                {
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_completions", x => new { x.LearnerId, x.ProgramId });
                });

            migrationBuilder.CreateTable(
                name: "program_enrollments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_enrollments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CredentialAwarded = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PriceMinor = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalog_course_instructors",
                columns: table => new
                {
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_course_instructors", x => new { x.CourseId, x.AccountId });
                    table.ForeignKey(
                        name: "FK_catalog_course_instructors_catalog_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "catalog_courses",
                        principalColumn: "CourseId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalog_course_skills",
                columns: table => new
                {
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_course_skills", x => new { x.CourseId, x.Name });
                    table.ForeignKey(
                        name: "FK_catalog_course_skills_catalog_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "catalog_courses",
                        principalColumn: "CourseId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "program_courses",
                columns: table => new
                {
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_courses", x => new { x.ProgramId, x.CourseId });
                    table.ForeignKey(
                        name: "FK_program_courses_programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "program_prerequisites",
                columns: table => new
                {
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequiredProgramId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_prerequisites", x => new { x.ProgramId, x.RequiredProgramId });
                    table.ForeignKey(
                        name: "FK_program_prerequisites_programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_course_skills_Name_CourseId",
                table: "catalog_course_skills",
                columns: new[] { "Name", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_courses_IsListed_Language",
                table: "catalog_courses",
                columns: new[] { "IsListed", "Language" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_courses_IsListed_Level",
                table: "catalog_courses",
                columns: new[] { "IsListed", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_courses_IsListed_PriceMinor",
                table: "catalog_courses",
                columns: new[] { "IsListed", "PriceMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_courses_IsListed_SortTitle_CourseId",
                table: "catalog_courses",
                columns: new[] { "IsListed", "SortTitle", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_courses_IsListed_Subject",
                table: "catalog_courses",
                columns: new[] { "IsListed", "Subject" });

            migrationBuilder.CreateIndex(
                name: "IX_course_runs_CourseId_StartsAt",
                table: "course_runs",
                columns: new[] { "CourseId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_guardian_links_GuardianId_LearnerId",
                table: "guardian_links",
                columns: new[] { "GuardianId", "LearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_guardian_links_LearnerId",
                table: "guardian_links",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_lesson_completions_LearnerId_CourseId",
                table: "lesson_completions",
                columns: new[] { "LearnerId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_program_courses_CourseId",
                table: "program_courses",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_program_enrollments_LearnerId_ProgramId",
                table: "program_enrollments",
                columns: new[] { "LearnerId", "ProgramId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_course_instructors");

            migrationBuilder.DropTable(
                name: "catalog_course_skills");

            migrationBuilder.DropTable(
                name: "course_progress");

            migrationBuilder.DropTable(
                name: "course_runs");

            migrationBuilder.DropTable(
                name: "guardian_links");

            migrationBuilder.DropTable(
                name: "lesson_completions");

            migrationBuilder.DropTable(
                name: "processed_messages");

            migrationBuilder.DropTable(
                name: "program_completions");

            migrationBuilder.DropTable(
                name: "program_courses");

            migrationBuilder.DropTable(
                name: "program_enrollments");

            migrationBuilder.DropTable(
                name: "program_prerequisites");

            migrationBuilder.DropTable(
                name: "catalog_courses");

            migrationBuilder.DropTable(
                name: "programs");
        }
    }
}
