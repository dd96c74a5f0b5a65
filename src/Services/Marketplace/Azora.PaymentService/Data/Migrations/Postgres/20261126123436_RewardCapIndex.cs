using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.PaymentService.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RewardCapIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reward_grants_LearnerId_Day",
                table: "reward_grants");

            migrationBuilder.CreateIndex(
                name: "IX_reward_grants_LearnerId_Day_Amount",
                table: "reward_grants",
                columns: new[] { "LearnerId", "Day", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reward_grants_LearnerId_Day_Amount",
                table: "reward_grants");

            migrationBuilder.CreateIndex(
                name: "IX_reward_grants_LearnerId_Day",
                table: "reward_grants",
                columns: new[] { "LearnerId", "Day" });
        }
    }
}
