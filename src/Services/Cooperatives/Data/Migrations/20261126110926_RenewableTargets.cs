using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabourWelfare.Cooperatives.Data.Migrations
{
    /// <inheritdoc />
    public partial class RenewableTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "renewable_targets",
                columns: table => new
                {
                    Region = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Mw = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SetBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewable_targets", x => x.Region);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "renewable_targets");
        }
    }
}
