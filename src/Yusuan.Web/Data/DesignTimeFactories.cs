using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Yusuan.Web.Data;

// `dotnet ef migrations add X --context SqliteYusuanDb|PostgresYusuanDb` builds the contexts through these, with no running app.

internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteYusuanDb>
{
    public SqliteYusuanDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteYusuanDb>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresYusuanDb>
{
    public PostgresYusuanDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresYusuanDb>().UseNpgsql("Host=localhost;Database=design").Options);
}
