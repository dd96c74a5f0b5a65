using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Azora.Credentials.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "azora_credentials_credentials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AchievementName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SignedJson = table.Column<string>(type: "TEXT", nullable: false),
                    Jwt = table.Column<string>(type: "TEXT", nullable: false),
                    VerificationMethod = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevocationIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    SuspensionIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Revoked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Suspended = table.Column<bool>(type: "INTEGER", nullable: false),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StatusVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    AuditEventId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_credentials_credentials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_credentials_issuer_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublicKeyMultibase = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProtectedSeed = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Current = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_credentials_issuer_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "azora_credentials_share_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CredentialId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_azora_credentials_share_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_azora_credentials_share_links_azora_credentials_credentials_CredentialId",
                        column: x => x.CredentialId,
                        principalTable: "azora_credentials_credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_azora_credentials_credentials_LearnerId_Id",
                table: "azora_credentials_credentials",
                columns: new[] { "LearnerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_credentials_credentials_LearnerId_Kind_SourceId",
                table: "azora_credentials_credentials",
                columns: new[] { "LearnerId", "Kind", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_credentials_credentials_RevocationIndex",
                table: "azora_credentials_credentials",
                column: "RevocationIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_credentials_credentials_SuspensionIndex",
                table: "azora_credentials_credentials",
                column: "SuspensionIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_credentials_issuer_keys_Current",
                table: "azora_credentials_issuer_keys",
                column: "Current",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_credentials_issuer_keys_PublicKeyMultibase",
                table: "azora_credentials_issuer_keys",
                column: "PublicKeyMultibase",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_azora_credentials_share_links_CredentialId_Id",
                table: "azora_credentials_share_links",
                columns: new[] { "CredentialId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_azora_credentials_share_links_TokenHash",
                table: "azora_credentials_share_links",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "azora_credentials_issuer_keys");

            migrationBuilder.DropTable(
                name: "azora_credentials_share_links");

            migrationBuilder.DropTable(
                name: "azora_credentials_credentials");
        }
    }
}
