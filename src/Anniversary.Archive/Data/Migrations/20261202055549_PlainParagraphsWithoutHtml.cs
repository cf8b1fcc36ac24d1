using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlainParagraphsWithoutHtml : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Html",
                table: "Paragraphs",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // A plain paragraph's HTML is its text with & < > " encoded (ParagraphHtml.HtmlOf).
            migrationBuilder.Sql(
                "UPDATE Paragraphs SET Html = replace(replace(replace(replace(Text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '\"', '&quot;') WHERE Html IS NULL;");

            migrationBuilder.AlterColumn<string>(
                name: "Html",
                table: "Paragraphs",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
