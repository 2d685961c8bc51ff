namespace OrleansTrading.Fix.Tests;

/// <summary>A fact that is skipped (not passed) when the jspurefix FIX44.xml is not installed (run scripts/install-prerequisites.sh).</summary>
internal sealed class RequiresFix44XmlFactAttribute : FactAttribute
{
    public RequiresFix44XmlFactAttribute()
    {
        if (RepositoryPaths.JspurefixFix44Xml is null)
        {
            Skip = "FIX44.xml from jspurefix is not installed: run ./scripts/install-prerequisites.sh";
        }
    }
}
