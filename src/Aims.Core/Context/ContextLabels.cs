namespace Aims.Core.Context;

/// <summary>What people read for the context register's values.</summary>
public static class ContextLabels
{
    public static string Origin(ContextOrigin origin) => origin == ContextOrigin.Internal ? "Internal" : "External";

    public static string Category(ContextCategory category) => category switch
    {
        ContextCategory.LegalAndRegulatory => "Legal and regulatory",
        ContextCategory.Technological => "Technological",
        ContextCategory.MarketAndCustomer => "Market and customer",
        ContextCategory.SocialAndEthical => "Social and ethical",
        ContextCategory.Economic => "Economic",
        ContextCategory.Environmental => "Environmental",
        _ => "Organizational",
    };

    public static string Effect(ContextEffect effect) => effect switch
    {
        ContextEffect.Risk => "Risk",
        ContextEffect.Opportunity => "Opportunity",
        _ => "Neutral",
    };

    public static string Review(Registers.Editing.ReviewStatus status) => status switch
    {
        Registers.Editing.ReviewStatus.Overdue => "Overdue",
        Registers.Editing.ReviewStatus.DueSoon => "Due soon",
        _ => "Current",
    };
}
