using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Yusuan.Web.Data;

/// <summary>
/// The web app's store. Two providers share this model, each with its own checked-in migrations
/// (<see cref="SqliteYusuanDb"/>, <see cref="PostgresYusuanDb"/>); the app and the tests resolve this base type.
/// </summary>
public abstract class YusuanDb(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<DepartmentBudget> DepartmentBudgets => Set<DepartmentBudget>();
    public DbSet<UnitBudget> UnitBudgets => Set<UnitBudget>();
    public DbSet<ControlFigure> ControlFigures => Set<ControlFigure>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<Snapshot> Snapshots => Set<Snapshot>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Region>().HasIndex(r => r.Code).IsUnique();
        builder.Entity<Department>().HasIndex(d => new { d.RegionId, d.Code }).IsUnique();
        builder.Entity<Unit>().HasIndex(u => new { u.DepartmentId, u.Code }).IsUnique();
        builder.Entity<DepartmentBudget>(b =>
        {
            b.HasIndex(d => new { d.DepartmentId, d.Year }).IsUnique();
            b.Property(d => d.Version).IsConcurrencyToken();
            b.Property(d => d.Stage).HasConversion<string>().HasMaxLength(20);
            b.HasMany(d => d.Units).WithOne(u => u.DepartmentBudget).HasForeignKey(u => u.DepartmentBudgetId);
            b.HasMany(d => d.ControlFigures).WithOne().HasForeignKey(c => c.DepartmentBudgetId);
        });
        builder.Entity<UnitBudget>(b =>
        {
            b.HasIndex(u => new { u.DepartmentBudgetId, u.UnitId }).IsUnique();
            b.Property(u => u.Version).IsConcurrencyToken();
            b.Property(u => u.Stage).HasConversion<string>().HasMaxLength(20);
        });
        builder.Entity<ControlFigure>().Property(c => c.Amount).HasPrecision(20, 2);
        builder.Entity<AppUser>().Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
        builder.Entity<Comment>().HasIndex(c => new { c.DepartmentBudgetId, c.UnitBudgetId });
        builder.Entity<Snapshot>().HasIndex(s => new { s.DepartmentBudgetId, s.UnitBudgetId });
        builder.Entity<AuditEntry>(b =>
        {
            b.HasIndex(a => a.DepartmentBudgetId);
            b.HasIndex(a => a.UnitBudgetId);
        });
    }

    /// <summary>The audit log is append-only in the application too: a tracked change or removal of an entry is refused.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAuditLog();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAuditLog();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void GuardAuditLog()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("审计日志只能追加，不能修改或删除。");
    }
}

/// <summary>The embedded default: one SQLite file under the data folder.</summary>
public sealed class SqliteYusuanDb(DbContextOptions<SqliteYusuanDb> options) : YusuanDb(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // SQLite cannot order or compare DateTimeOffset natively: store UTC ticks, which sort as time does.
        foreach (var entity in builder.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
                property.SetValueConverter(new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter());
        // decimal as TEXT keeps every digit (SQLite's REAL would not).
        foreach (var entity in builder.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(decimal)))
                property.SetValueConverter(new Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<decimal, string>(
                    d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    s => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture)));
    }
}

/// <summary>PostgreSQL, chosen by a connection string (Database:Provider = postgres).</summary>
public sealed class PostgresYusuanDb(DbContextOptions<PostgresYusuanDb> options) : YusuanDb(options);
