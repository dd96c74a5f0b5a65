using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.PaymentService.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RewardCapIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_payment_service_reward_grants_LearnerId_Day",
                table: "payment_service_reward_grants");

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_reward_grants_LearnerId_Day_Amount",
                table: "payment_service_reward_grants",
                columns: new[] { "LearnerId", "Day", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_payment_service_reward_grants_LearnerId_Day_Amount",
                table: "payment_service_reward_grants");

            migrationBuilder.CreateIndex(
                name: "IX_payment_service_reward_grants_LearnerId_Day",
                table: "payment_service_reward_grants",
                columns: new[] { "LearnerId", "Day" });
        }
    }
}
