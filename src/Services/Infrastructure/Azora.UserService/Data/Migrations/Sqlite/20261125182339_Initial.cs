using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Azora.UserService.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "user_service_accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Bio = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_service_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "user_service_outbound_emails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_service_outbound_emails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "user_service_roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_service_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "user_service_account_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_service_account_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_user_service_account_claims_user_service_accounts_UserId",
                        column: x => x.UserId,
                        principalTable: "user_service_accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_service_account_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_service_account_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_user_service_account_logins_user_service_accounts_UserId",
                        column: x => x.UserId,
                        principalTable: "user_service_accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_service_account_tokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_service_account_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_user_service_account_tokens_user_service_accounts_UserId",
                        column: x => x.UserId,
                        principalTable: "user_service_accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_service_account_roles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_service_account_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_user_service_account_roles_user_service_accounts_UserId",
                        column: x => x.UserId,
                        principalTable: "user_service_accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_user_service_account_roles_user_service_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "user_service_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_service_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_service_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_user_service_role_claims_user_service_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "user_service_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "user_service_roles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { new Guid("0cd29057-70a0-4906-b2c4-bf9649d9c5dd"), "0cd2905770a04906b2c4bf9649d9c5dd", "learner", "LEARNER" },
                    { new Guid("837d514d-4baa-4de0-b7fb-efef28657a5c"), "837d514d4baa4de0b7fbefef28657a5c", "guardian", "GUARDIAN" },
                    { new Guid("b3bc8335-4ee9-4327-9541-d46392ec5b78"), "b3bc83354ee943279541d46392ec5b78", "client", "CLIENT" },
                    { new Guid("cb89f74d-d649-49d2-9cb5-d2d3a68d2225"), "cb89f74dd64949d29cb5d2d3a68d2225", "freelancer", "FREELANCER" },
                    { new Guid("d4c7e3f4-4d71-45a8-8142-bd18a424c48b"), "d4c7e3f44d7145a88142bd18a424c48b", "instructor", "INSTRUCTOR" },
                    { new Guid("e1ec309c-c6bb-40dc-a897-6cfd55f84d74"), "e1ec309cc6bb40dca8976cfd55f84d74", "arbitrator", "ARBITRATOR" },
                    { new Guid("efa631e7-2137-4162-9092-b2def0130bef"), "efa631e7213741629092b2def0130bef", "platform-admin", "PLATFORM-ADMIN" },
                    { new Guid("efd142e9-1e0e-4404-b7db-b8e14a943bf2"), "efd142e91e0e4404b7dbb8e14a943bf2", "org-admin", "ORG-ADMIN" },
                    { new Guid("fddf49b1-0ba7-4e53-884a-29484664f5d9"), "fddf49b10ba74e53884a29484664f5d9", "employer", "EMPLOYER" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_user_service_account_claims_UserId",
                table: "user_service_account_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_user_service_account_logins_UserId",
                table: "user_service_account_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_user_service_account_roles_RoleId",
                table: "user_service_account_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "user_service_EmailIndex",
                table: "user_service_accounts",
                column: "NormalizedEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "user_service_UserNameIndex",
                table: "user_service_accounts",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_user_service_outbound_emails_To_SentAt",
                table: "user_service_outbound_emails",
                columns: new[] { "To", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_user_service_role_claims_RoleId",
                table: "user_service_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "user_service_RoleNameIndex",
                table: "user_service_roles",
                column: "NormalizedName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "user_service_account_claims");

            migrationBuilder.DropTable(
                name: "user_service_account_logins");

            migrationBuilder.DropTable(
                name: "user_service_account_roles");

            migrationBuilder.DropTable(
                name: "user_service_account_tokens");

            migrationBuilder.DropTable(
                name: "user_service_outbound_emails");

            migrationBuilder.DropTable(
                name: "user_service_role_claims");

            migrationBuilder.DropTable(
                name: "user_service_accounts");

            migrationBuilder.DropTable(
                name: "user_service_roles");
        }
    }
}
