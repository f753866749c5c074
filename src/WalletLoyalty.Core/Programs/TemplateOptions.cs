namespace WalletLoyalty.Programs;

public sealed class TemplateOptions
{
    public const string Section = "Templates";

    /// <summary>The folder holding one sub-folder per program. Relative paths resolve against the working directory.</summary>
    public string Path { get; set; } = "templates";
}
