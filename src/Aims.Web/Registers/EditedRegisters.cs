namespace Aims.Web.Registers;

/// <summary>Every edited register the shared pages serve, by its name in the address.</summary>
public sealed class EditedRegisters(IEnumerable<IEditedRegister> registers)
{
    private readonly Dictionary<string, IEditedRegister> _byName = registers.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public IEditedRegister? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<IEditedRegister> All => _byName.Values;
}
