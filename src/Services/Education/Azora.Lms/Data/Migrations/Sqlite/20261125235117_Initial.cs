using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.Lms.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "azora_lms_announcements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_announcements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_lms_calendar_feeds",
                columns: table => new
                {
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_calendar_feeds", x => x.LearnerId);
                });

            migrationBuilder.CreateTable(
                name: "azora_lms_course_completions",
                columns: table => new
                {
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Grade = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_course_completions", x => new { x.CourseId, x.LearnerId });
                });

            migrationBuilder.CreateTable(
                name: "azora_lms_courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    PriceMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    PrerequisiteIds = table.Column<string>(type: "TEXT", nullable: false),
                    MinimumGrade = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_lms_due_date_extensions",
                columns: table => new
                {
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GrantedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_due_date_extensions", x => new { x.LessonId, x.LearnerId });
                });

            migrationBuilder.CreateTable(
                name: "azora_lms_enrollments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_enrollments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_lms_lesson_completions",
                columns: table => new
                {
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_lesson_completions", x => new { x.LessonId, x.LearnerId });
                });

            migrationBuilder.CreateTable(
                name: "azora_lms_processed_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_processed_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "azora_lms_quiz_attempts",
                columns: table => new
                {
                    AttemptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GradeRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    QuizId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    MaxScore = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    GradedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_quiz_attempts", x => new { x.AttemptId, x.GradeRevision });
                });

            migrationBuilder.CreateTable(
                name: "azora_lms_xapi_statements",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Verb = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Timestamp = table.Column<long>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_xapi_statements", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "azora_lms_course_instructors",
                columns: table => new
                {
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_course_instructors", x => new { x.CourseId, x.AccountId });
                    table.ForeignKey(
                        name: "FK_azora_lms_course_instructors_azora_lms_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "azora_lms_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_lms_grade_categories",
                columns: table => new
                {
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    DropLowest = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_grade_categories", x => new { x.CourseId, x.Name });
                    table.ForeignKey(
                        name: "FK_azora_lms_grade_categories_azora_lms_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "azora_lms_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_lms_modules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_modules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_azora_lms_modules_azora_lms_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "azora_lms_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_lms_lessons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContentItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VideoUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CaptionsUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    QuizId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    DueOffsetDays = table.Column<int>(type: "INTEGER", nullable: true),
                    GradeCategory = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_lms_lessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_azora_lms_lessons_azora_lms_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "azora_lms_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_azora_lms_lessons_azora_lms_modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "azora_lms_modules",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_announcements_CourseId_Id",
                table: "azora_lms_announcements",
                columns: new[] { "CourseId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_calendar_feeds_TokenHash",
                table: "azora_lms_calendar_feeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_course_instructors_AccountId_CourseId",
                table: "azora_lms_course_instructors",
                columns: new[] { "AccountId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_courses_OwnerId_Id",
                table: "azora_lms_courses",
                columns: new[] { "OwnerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_due_date_extensions_LearnerId_CourseId",
                table: "azora_lms_due_date_extensions",
                columns: new[] { "LearnerId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_enrollments_CourseId_LearnerId",
                table: "azora_lms_enrollments",
                columns: new[] { "CourseId", "LearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_enrollments_LearnerId_Id",
                table: "azora_lms_enrollments",
                columns: new[] { "LearnerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_lesson_completions_LearnerId_CourseId",
                table: "azora_lms_lesson_completions",
                columns: new[] { "LearnerId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_lessons_CourseId",
                table: "azora_lms_lessons",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_lessons_ModuleId_Position",
                table: "azora_lms_lessons",
                columns: new[] { "ModuleId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_lessons_QuizId",
                table: "azora_lms_lessons",
                column: "QuizId");

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_modules_CourseId_Position",
                table: "azora_lms_modules",
                columns: new[] { "CourseId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_quiz_attempts_LearnerId_QuizId",
                table: "azora_lms_quiz_attempts",
                columns: new[] { "LearnerId", "QuizId" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_xapi_statements_LearnerId_Sequence",
                table: "azora_lms_xapi_statements",
                columns: new[] { "LearnerId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_lms_xapi_statements_StatementId",
                table: "azora_lms_xapi_statements",
                column: "StatementId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "azora_lms_announcements");

            migrationBuilder.DropTable(
                name: "azora_lms_calendar_feeds");

            migrationBuilder.DropTable(
                name: "azora_lms_course_completions");

            migrationBuilder.DropTable(
                name: "azora_lms_course_instructors");

            migrationBuilder.DropTable(
                name: "azora_lms_due_date_extensions");

            migrationBuilder.DropTable(
                name: "azora_lms_enrollments");

            migrationBuilder.DropTable(
                name: "azora_lms_grade_categories");

            migrationBuilder.DropTable(
                name: "azora_lms_lesson_completions");

            migrationBuilder.DropTable(
                name: "azora_lms_lessons");

            migrationBuilder.DropTable(
                name: "azora_lms_processed_messages");

            migrationBuilder.DropTable(
                name: "azora_lms_quiz_attempts");

            migrationBuilder.DropTable(
                name: "azora_lms_xapi_statements");

            migrationBuilder.DropTable(
                name: "azora_lms_modules");

            migrationBuilder.DropTable(
                name: "azora_lms_courses");
        }
    }
}
