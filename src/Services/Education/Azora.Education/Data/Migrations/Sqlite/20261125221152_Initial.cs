using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.Education.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "azora_education_catalog_courses",
                columns: table => new
                {
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PriceMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    LessonCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UnpublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsListed = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_education_catalog_courses", x => x.CourseId);
                });

            migrationBuilder.CreateTable(
                name: "azora_education_course_progress",
                columns: table => new
                {
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Grade = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_education_course_progress", x => new { x.LearnerId, x.CourseId });
                });

            migrationBuilder.CreateTable(
                name: "azora_education_course_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Seats = table.Column<int>(type: "INTEGER", nullable: true),
                    Pacing = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScheduledBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScheduledAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_education_course_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_education_guardian_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GuardianId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InvitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_education_guardian_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_education_lesson_completions",
                columns: table => new
                {
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_education_lesson_completions", x => new { x.LearnerId, x.LessonId });
                });

            migrationBuilder.CreateTable(
                name: "azora_education_processed_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_education_processed_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "azora_education_program_completions",
                columns: table => new
                {
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_education_program_completions", x => new { x.LearnerId, x.ProgramId });
                });

            migrationBuilder.CreateTable(
                name: "azora_education_program_enrollments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_education_program_enrollments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_education_programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CredentialAwarded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PriceMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_education_programs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_education_catalog_course_instructors",
                columns: table => new
                {
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_education_catalog_course_instructors", x => new { x.CourseId, x.AccountId });
                    table.ForeignKey(
                        name: "FK_azora_education_catalog_course_instructors_azora_education_catalog_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "azora_education_catalog_courses",
                        principalColumn: "CourseId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_education_catalog_course_skills",
                columns: table => new
                {
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_education_catalog_course_skills", x => new { x.CourseId, x.Name });
                    table.ForeignKey(
                        name: "FK_azora_education_catalog_course_skills_azora_education_catalog_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "azora_education_catalog_courses",
                        principalColumn: "CourseId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_education_program_courses",
                columns: table => new
                {
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_education_program_courses", x => new { x.ProgramId, x.CourseId });
                    table.ForeignKey(
                        name: "FK_azora_education_program_courses_azora_education_programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "azora_education_programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_education_program_prerequisites",
                columns: table => new
                {
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequiredProgramId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_education_program_prerequisites", x => new { x.ProgramId, x.RequiredProgramId });
                    table.ForeignKey(
                        name: "FK_azora_education_program_prerequisites_azora_education_programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "azora_education_programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_azora_education_catalog_course_skills_Name_CourseId",
                table: "azora_education_catalog_course_skills",
                columns: new[] { "Name", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_education_catalog_courses_IsListed_Language",
                table: "azora_education_catalog_courses",
                columns: new[] { "IsListed", "Language" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_education_catalog_courses_IsListed_Level",
                table: "azora_education_catalog_courses",
                columns: new[] { "IsListed", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_education_catalog_courses_IsListed_PriceMinor",
                table: "azora_education_catalog_courses",
                columns: new[] { "IsListed", "PriceMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_education_catalog_courses_IsListed_SortTitle_CourseId",
                table: "azora_education_catalog_courses",
                columns: new[] { "IsListed", "SortTitle", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_education_catalog_courses_IsListed_Subject",
                table: "azora_education_catalog_courses",
                columns: new[] { "IsListed", "Subject" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_education_course_runs_CourseId_StartsAt",
                table: "azora_education_course_runs",
                columns: new[] { "CourseId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_education_guardian_links_GuardianId_LearnerId",
                table: "azora_education_guardian_links",
                columns: new[] { "GuardianId", "LearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_education_guardian_links_LearnerId",
                table: "azora_education_guardian_links",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_azora_education_lesson_completions_LearnerId_CourseId",
                table: "azora_education_lesson_completions",
                columns: new[] { "LearnerId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_education_program_courses_CourseId",
                table: "azora_education_program_courses",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_azora_education_program_enrollments_LearnerId_ProgramId",
                table: "azora_education_program_enrollments",
                columns: new[] { "LearnerId", "ProgramId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "azora_education_catalog_course_instructors");

            migrationBuilder.DropTable(
                name: "azora_education_catalog_course_skills");

            migrationBuilder.DropTable(
                name: "azora_education_course_progress");

            migrationBuilder.DropTable(
                name: "azora_education_course_runs");

            migrationBuilder.DropTable(
                name: "azora_education_guardian_links");

            migrationBuilder.DropTable(
                name: "azora_education_lesson_completions");

            migrationBuilder.DropTable(
                name: "azora_education_processed_messages");

            migrationBuilder.DropTable(
                name: "azora_education_program_completions");

            migrationBuilder.DropTable(
                name: "azora_education_program_courses");

            migrationBuilder.DropTable(
                name: "azora_education_program_enrollments");

            migrationBuilder.DropTable(
                name: "azora_education_program_prerequisites");

            migrationBuilder.DropTable(
                name: "azora_education_catalog_courses");

            migrationBuilder.DropTable(
                name: "azora_education_programs");
        }
    }
}
