namespace Aims.Core.AiSystems;

/// <summary>AI system life-cycle stages as named by ISO/IEC 22989 (the vocabulary ISO/IEC 42001 builds on).</summary>
public enum LifecycleStage
{
    Inception = 0,
    DesignAndDevelopment = 1,
    VerificationAndValidation = 2,
    Deployment = 3,
    OperationAndMonitoring = 4,
    ReEvaluation = 5,
    Retirement = 6,
}
