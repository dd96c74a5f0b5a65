using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.Assessment.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ListsInCreationOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_quizzes_OwnerId_Id",
                table: "quizzes");

            migrationBuilder.DropIndex(
                name: "IX_questions_OwnerId_Id",
                table: "questions");

            migrationBuilder.CreateIndex(
                name: "IX_quizzes_OwnerId_CreatedAt_Id",
                table: "quizzes",
                columns: new[] { "OwnerId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_questions_OwnerId_CreatedAt_Id",
                table: "questions",
                columns: new[] { "OwnerId", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_quizzes_OwnerId_CreatedAt_Id",
                table: "quizzes");

            migrationBuilder.DropIndex(
                name: "IX_questions_OwnerId_CreatedAt_Id",
                table: "questions");

            migrationBuilder.CreateIndex(
                name: "IX_quizzes_OwnerId_Id",
                table: "quizzes",
                columns: new[] { "OwnerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_questions_OwnerId_Id",
                table: "questions",
                columns: new[] { "OwnerId", "Id" });
        }
    }
}
