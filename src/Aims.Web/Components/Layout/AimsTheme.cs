using MudBlazor;

namespace Aims.Web.Components.Layout;

/// <summary>
/// The product's colours; system fonts only (no external font hosts are reachable offline). MudBlazor's default
/// success, info, warning and error colours are too light for text (outlined chips, text buttons) and for white text
/// on filled buttons; these darker tones reach WCAG AA (4.5:1) on white and on the striped-row grey.
/// </summary>
public static class AimsTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#2e7d6b",
            AppbarBackground = "#1f4e79",
            Success = "#1b6e20",
            Info = "#01579b",
            Warning = "#a84f00",
            Error = "#c62828",
            TextSecondary = "#5f5f5f",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
