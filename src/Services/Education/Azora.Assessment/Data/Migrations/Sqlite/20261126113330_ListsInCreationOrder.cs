using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.Assessment.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListsInCreationOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_azora_assessment_quizzes_OwnerId_Id",
                table: "azora_assessment_quizzes");

            migrationBuilder.DropIndex(
                name: "IX_azora_assessment_questions_OwnerId_Id",
                table: "azora_assessment_questions");

            migrationBuilder.CreateIndex(
                name: "IX_azora_assessment_quizzes_OwnerId_CreatedAt_Id",
                table: "azora_assessment_quizzes",
                columns: new[] { "OwnerId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_assessment_questions_OwnerId_CreatedAt_Id",
                table: "azora_assessment_questions",
                columns: new[] { "OwnerId", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_azora_assessment_quizzes_OwnerId_CreatedAt_Id",
                table: "azora_assessment_quizzes");

            migrationBuilder.DropIndex(
                name: "IX_azora_assessment_questions_OwnerId_CreatedAt_Id",
                table: "azora_assessment_questions");

            migrationBuilder.CreateIndex(
                name: "IX_azora_assessment_quizzes_OwnerId_Id",
                table: "azora_assessment_quizzes",
                columns: new[] { "OwnerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_assessment_questions_OwnerId_Id",
                table: "azora_assessment_questions",
                columns: new[] { "OwnerId", "Id" });
        }
    }
}
