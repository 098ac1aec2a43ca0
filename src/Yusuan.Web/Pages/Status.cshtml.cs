using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yusuan.Web.Pages;

/// <summary>What a status code means to the person who met it.</summary>
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        (Heading, Explanation) = code switch
        {
            403 => ("无权访问", "你的账号不能查看或修改这项内容。预算单位只能看到本单位的预算，主管部门只能看到本部门的预算，财政只能看到本地区的预算。"),
            404 => ("找不到页面", "地址可能有误，或这项内容已不存在。"),
            _ => ($"出错了（{code}）", "请返回重试。"),
        };
    }
}
