using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LabourWelfare.Cooperatives.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    entity_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    changed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    old_values = table.Column<string>(type: "jsonb", nullable: true),
                    new_values = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cooperatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Region = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SearchKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Sector = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    County = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ActivatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SuspendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SuspensionReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DissolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DissolutionReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    BelowMinimumSince = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cooperatives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "jsonb", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    trace_state = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "annual_returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Region = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    JobsProvided = table.Column<int>(type: "integer", nullable: false),
                    RevenueAmount = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: false),
                    RevenueCurrency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Corrections = table.Column<int>(type: "integer", nullable: false),
                    LastCorrectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastCorrectionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_returns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_annual_returns_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "energy_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Region = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Technology = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CapacityMw = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InstallationStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CommissionedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_energy_projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_energy_projects_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Region = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NationalId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Shares = table.Column<int>(type: "integer", nullable: false),
                    IsFounder = table.Column<bool>(type: "boolean", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_members_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_annual_returns_CooperativeId_Year",
                table: "annual_returns",
                columns: new[] { "CooperativeId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_returns_Region_Year",
                table: "annual_returns",
                columns: new[] { "Region", "Year" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_entity",
                table: "audit_log",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_BelowMinimumSince",
                table: "cooperatives",
                column: "BelowMinimumSince",
                filter: "\"BelowMinimumSince\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_Region_Name_Id",
                table: "cooperatives",
                columns: new[] { "Region", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_Region_RegistrationNumber",
                table: "cooperatives",
                columns: new[] { "Region", "RegistrationNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_Region_Status_Sector",
                table: "cooperatives",
                columns: new[] { "Region", "Status", "Sector" });

            migrationBuilder.CreateIndex(
                name: "IX_energy_projects_CooperativeId_CreatedAt",
                table: "energy_projects",
                columns: new[] { "CooperativeId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_energy_projects_Region_Status",
                table: "energy_projects",
                columns: new[] { "Region", "Status" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_members_active_by_person",
                table: "members",
                column: "NationalId",
                filter: "\"LeftOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_members_active_by_region",
                table: "members",
                columns: new[] { "Region", "CooperativeId" },
                filter: "\"LeftOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_members_CooperativeId_FullName_Id",
                table: "members",
                columns: new[] { "CooperativeId", "FullName", "Id" });

            migrationBuilder.CreateIndex(
                name: "ix_members_one_open_membership",
                table: "members",
                columns: new[] { "CooperativeId", "NationalId" },
                unique: true,
                filter: "\"LeftOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_members_Region_JoinedOn",
                table: "members",
                columns: new[] { "Region", "JoinedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_members_Region_LeftOn",
                table: "members",
                columns: new[] { "Region", "LeftOn" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_due",
                table: "outbox_messages",
                columns: new[] { "next_attempt_at", "sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_returns");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "energy_projects");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "cooperatives");
        }
    }
}
