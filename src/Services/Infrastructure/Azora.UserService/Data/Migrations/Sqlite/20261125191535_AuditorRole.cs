using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.UserService.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditorRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "user_service_roles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[] { new Guid("3f6b2a0e-9d4c-4e61-8a57-0c2d7e9b41f3"), "3f6b2a0e9d4c4e618a570c2d7e9b41f3", "auditor", "AUDITOR" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "user_service_roles",
                keyColumn: "Id",
                keyValue: new Guid("3f6b2a0e-9d4c-4e61-8a57-0c2d7e9b41f3"));
        }
    }
}
