using Microsoft.Extensions.Options;

namespace Aims.Web.Registers;

public static class EditedRegisterServices
{
    /// <summary>Serves the register of <typeparamref name="TEditor"/> on the shared list and record pages, with its page text.</summary>
    public static IServiceCollection AddEditedRegister<TEditor, T, TView, TInput>(this IServiceCollection services, RegisterPageText page)
        where TEditor : Core.Registers.Editing.RegisterEditor<T, TView, TInput>
        where T : Core.Registers.RegisterRecord, new()
        where TView : Core.Registers.IRegisterView
        where TInput : class =>
        services.AddSingleton<IEditedRegister>(sp => new EditedRegister<T, TView, TInput>(sp.GetRequiredService<TEditor>(), page,
            sp.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>(), sp.GetRequiredService<Core.Registers.Import.RegisterImport>()));
}

/// <summary>Every edited register the shared pages serve, by its name in the address.</summary>
public sealed class EditedRegisters(IEnumerable<IEditedRegister> registers)
{
    private readonly Dictionary<string, IEditedRegister> _byName = registers.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public IEditedRegister? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<IEditedRegister> All => _byName.Values;
}
