using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.Assessment.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "azora_assessment_attempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuizId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptsUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    MaxScore = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    GradeRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    GradedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_assessment_attempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_assessment_idempotency_keys",
                columns: table => new
                {
                    Caller = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_assessment_idempotency_keys", x => new { x.Caller, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "azora_assessment_questions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LatestVersionNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_assessment_questions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_assessment_quiz_overrides",
                columns: table => new
                {
                    QuizId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExtraMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtraAttempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_assessment_quiz_overrides", x => new { x.QuizId, x.LearnerId });
                });

            migrationBuilder.CreateTable(
                name: "azora_assessment_quizzes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slots = table.Column<string>(type: "TEXT", nullable: false),
                    PassMarkPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    TimeLimitMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    GraceSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxAttempts = table.Column<int>(type: "INTEGER", nullable: true),
                    FeedbackMode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosesAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_assessment_quizzes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_assessment_attempt_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttemptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    Response = table.Column<string>(type: "TEXT", nullable: true),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Fraction = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    RubricGrade = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_assessment_attempt_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_azora_assessment_attempt_items_azora_assessment_attempts_AttemptId",
                        column: x => x.AttemptId,
                        principalTable: "azora_assessment_attempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_assessment_question_tags",
                columns: table => new
                {
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_assessment_question_tags", x => new { x.QuestionId, x.Tag });
                    table.ForeignKey(
                        name: "FK_azora_assessment_question_tags_azora_assessment_questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "azora_assessment_questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "azora_assessment_question_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_assessment_question_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_azora_assessment_question_versions_azora_assessment_questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "azora_assessment_questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_azora_assessment_attempt_items_AttemptId_Position",
                table: "azora_assessment_attempt_items",
                columns: new[] { "AttemptId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_assessment_attempt_items_QuestionId",
                table: "azora_assessment_attempt_items",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_azora_assessment_attempts_QuizId_LearnerId_Number",
                table: "azora_assessment_attempts",
                columns: new[] { "QuizId", "LearnerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_assessment_idempotency_keys_CreatedAt",
                table: "azora_assessment_idempotency_keys",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_azora_assessment_question_tags_Tag_QuestionId",
                table: "azora_assessment_question_tags",
                columns: new[] { "Tag", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_assessment_question_versions_QuestionId_Number",
                table: "azora_assessment_question_versions",
                columns: new[] { "QuestionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_assessment_questions_OwnerId_Id",
                table: "azora_assessment_questions",
                columns: new[] { "OwnerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_assessment_quizzes_OwnerId_Id",
                table: "azora_assessment_quizzes",
                columns: new[] { "OwnerId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "azora_assessment_attempt_items");

            migrationBuilder.DropTable(
                name: "azora_assessment_idempotency_keys");

            migrationBuilder.DropTable(
                name: "azora_assessment_question_tags");

            migrationBuilder.DropTable(
                name: "azora_assessment_question_versions");

            migrationBuilder.DropTable(
                name: "azora_assessment_quiz_overrides");

            migrationBuilder.DropTable(
                name: "azora_assessment_quizzes");

            migrationBuilder.DropTable(
                name: "azora_assessment_attempts");

            migrationBuilder.DropTable(
                name: "azora_assessment_questions");
        }
    }
}
