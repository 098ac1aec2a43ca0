using Yusuan.Web;

// yusuan-web [--demo] | create-admin USER (password from YUSUAN_ADMIN_PASSWORD or standard input)
if (args is ["create-admin", var user, ..])
    return await AdminAccounts.CommandAsync(user, args[2..]);

var app = YusuanApp.Build(args);
await YusuanApp.PrepareAsync(app.Services);
await app.RunAsync();
return 0;

public partial class Program;
