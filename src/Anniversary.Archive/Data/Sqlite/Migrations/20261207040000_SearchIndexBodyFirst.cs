using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// The search index made smaller, with the same words in it: its columns in the order body, title,
    /// people, speaker (FTS5 writes two more bytes for each row a word is in outside the first column,
    /// and nearly every word is in a body), and its row ids 1,024 per article rather than 100,000 (a
    /// word's rows are stored as differences of row ids: two bytes from one article to the next, not
    /// three). The index is made again, empty, and every article is marked for importing again: the
    /// site's next start imports its seeds folder, another folder needs its import.
    /// </summary>
    public partial class SearchIndexBodyFirst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchEntries;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchEntries USING fts5(body, title, people, speaker, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO ArticleWords(ArticleWords) VALUES ('delete-all');");
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchEntries;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchEntries USING fts5(title, body, people, speaker, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO ArticleWords(ArticleWords) VALUES ('delete-all');");
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = '';");
        }
    }
}
