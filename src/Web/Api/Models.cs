namespace LabourWelfare.Web.Api;

// What the gateway answers, as this app reads it. Enum values stay kebab-case strings ("in-progress"): the UI
// translates them by key (UiText "enum.in-progress"), so a value added by a service shows up instead of failing.

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, bool HasNextPage);

public sealed record MoneyDto(decimal Amount, string Currency);

/// <summary>A date as the region's calendar names it (29 Esfand 1401 is 1401, 12, 29).</summary>
public sealed record CalendarDateDto(int Year, int Month, int Day);

/// <summary>A report period: <see cref="Label"/> is already in the language asked for (Accept-Language), with its digits.</summary>
public sealed record PeriodLabelDto(string Calendar, string Language, string Label, CalendarDateDto? From, CalendarDateDto? To);

public sealed record ProvenanceDto(string EventType, Guid EventId, string SourceService);

// ---- Inspections
public sealed record RiskFactorDto(string Factor, int Points);

public sealed record PlanEntry(
    int Rank, Guid WorkplaceId, string Name, string? County, string Sector, int WorkforceSize, string EmployerName,
    int RiskScore, IReadOnlyList<RiskFactorDto> Factors, int UnresolvedLabourDisputes, DateOnly? LastInspectedOn, DateOnly? ScheduledOn);

public sealed record PlanResponse(string Region, DateOnly From, DateOnly To, PeriodLabelDto Period, Paged<PlanEntry> Entries);

public sealed record AmbassadorDto(Guid Id, string FullName, DateOnly AppointedOn, DateOnly? TrainedOn, DateOnly? EndedOn, bool Active);

public sealed record Workplace(
    Guid Id, string Region, string Name, string? County, string Sector, int WorkforceSize, string EmployerName,
    string RegistrationNumber, string Status, bool RequiresAmbassador, bool MissingAmbassador,
    IReadOnlyList<AmbassadorDto> Ambassadors, int UnresolvedLabourDisputes);

public sealed record ChecklistItemDto(string Code, string Topic, string Severity, IReadOnlyDictionary<string, string> Texts);

public sealed record Checklist(Guid Id, string Region, string Code, int Version, string Title, IReadOnlyList<ChecklistItemDto> Items, bool IsLatest);

public sealed record AnswerDto(string ItemCode, string Answer, string? Note);

public sealed record ViolationDto(
    Guid Id, string Category, string Severity, string Description, string? Provision, string? ItemCode,
    DateOnly? CorrectiveDeadline, decimal? PenaltyAmount, string? PenaltyCurrency, DateTimeOffset RecordedAt);

public sealed record RecommendationDto(Guid Id, string Kind, string Text, DateTimeOffset RecordedAt);

public sealed record SupplyDto(string Item, int Quantity);

public sealed record Inspection(
    Guid Id, string Region, Guid WorkplaceId, Guid ChecklistTemplateId, Guid? CampaignId, IReadOnlyList<string> Inspectors,
    DateOnly ScheduledOn, string Status, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, decimal? ComplianceScore,
    Guid? FollowUpOf, DateOnly? FollowUpDueOn, Guid? FollowUpInspectionId,
    IReadOnlyList<AnswerDto> Answers, IReadOnlyList<ViolationDto> Violations,
    IReadOnlyList<RecommendationDto> Recommendations, IReadOnlyList<SupplyDto> Supplies);

public sealed record InspectionSummary(
    Guid Id, Guid WorkplaceId, Guid? CampaignId, DateOnly ScheduledOn, string Status, decimal? ComplianceScore,
    Guid? FollowUpOf, DateOnly? FollowUpDueOn, bool Overdue);

public sealed record AccidentSummary(
    Guid Id, Guid WorkplaceId, string Sector, string Kind, DateTimeOffset OccurredAt, string Severity, int InjuredCount, string Status);

public sealed record InjuredDto(string NationalId, string? FullName, string InjurySeverity);

public sealed record Accident(
    Guid Id, string Region, Guid WorkplaceId, string Sector, string Kind, DateTimeOffset OccurredAt, string Severity,
    string Description, IReadOnlyList<InjuredDto> Injured, string Status, string? RootCauseCategory, string? RootCause,
    IReadOnlyList<string> CorrectiveActions, DateTimeOffset ReportedAt);

// ---- Mediation
public sealed record PartyDto(string Kind, string Name, string? NationalId, string? RegistrationNumber);

public sealed record SettlementAmountDto(string Description, decimal Amount, string Currency);

public sealed record InstalmentDto(DateOnly DueOn, decimal Amount, string Currency);

public sealed record SettlementDto(string Terms, IReadOnlyList<SettlementAmountDto> Amounts, IReadOnlyList<InstalmentDto> PaymentPlan, IReadOnlyList<MoneyDto> Totals);

public sealed record ReferralDto(string Destination, DateOnly? ReferredOn, string? Reference, string? Note);

public sealed record MediationCase(
    Guid Id, string Number, string Region, string Status, string Category, string Channel, string? Summary, string? Language,
    PartyDto? Applicant, PartyDto? Respondent, Guid? MediatorId, DateTimeOffset ReceivedAt, DateTimeOffset? AssignedAt,
    DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt, string? Outcome, SettlementDto? Settlement, ReferralDto? Referral,
    string? OutcomeNote, Guid? WorkplaceId, string? EmployerName, Guid? InspectionId, ProvenanceDto? OpenedBy, string ETag);

public sealed record Mediator(
    Guid Id, string Region, string FullName, string UserSubject, IReadOnlyList<string> Specialties, IReadOnlyList<string> Languages,
    int CaseloadLimit, int OpenCaseload, bool Active, string ETag);

public sealed record MediationSession(
    Guid Id, Guid CaseId, Guid MediatorId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Location, string Status,
    string? CancellationReason, string ETag);

// ---- Welfare aid
public sealed record EligibilityReasonDto(string Code, string Message);

public sealed record AppealDto(DateTimeOffset FiledAt, string FiledBy, string Grounds, bool? Allowed, string? DecidedBy, DateTimeOffset? DecidedAt, string? Note);

public sealed record AidApplication(
    Guid Id, string Region, Guid ProgrammeId, string ProgrammeName, string ProgrammeKind, Guid BeneficiaryId,
    string BeneficiaryName, string NationalId, string? TargetGroup, string Status, string Origin, ProvenanceDto? OpenedBy,
    string RecordedBy, DateTimeOffset SubmittedAt, IReadOnlyList<EligibilityReasonDto> EligibilityAtSubmission,
    string? DecidedBy, DateTimeOffset? DecidedAt, IReadOnlyList<EligibilityReasonDto> RejectionReasons, string? DecisionNote,
    MoneyDto Reserved, MoneyDto Disbursed, AppealDto? Appeal);

public sealed record EligibilityRulesDto(int? MaxDecile, IReadOnlyList<string> TargetGroups, DateOnly StartsOn, DateOnly EndsOn);

public sealed record Programme(
    Guid Id, string Region, string Name, string Kind, string Status, EligibilityRulesDto Eligibility, MoneyDto Benefit,
    MoneyDto Budget, MoneyDto Reserved, MoneyDto Disbursed, MoneyDto Remaining, DateTimeOffset? BudgetExhaustedAt);

public sealed record Beneficiary(
    Guid Id, string Region, string NationalId, string FullName, int? HouseholdSize, int? IncomeDecile, IReadOnlyList<string> TargetGroups);

public sealed record ProofOfDeliveryDto(DateOnly DeliveredOn, string ReceivedBy, string DocumentReference);

public sealed record Disbursement(
    Guid Id, Guid ApplicationId, MoneyDto Amount, string Channel, string Reference, DateOnly DisbursedOn, string Status,
    ProofOfDeliveryDto? ProofOfDelivery, string? BankPaymentReference, string RecordedBy);

// ---- Cooperatives
public sealed record Cooperative(
    Guid Id, string Region, string RegistrationNumber, string Name, string Sector, string Status, string? County,
    int ActiveMembers, int MinimumMembers, bool BelowMinimum);

public sealed record Member(Guid Id, string NationalId, string FullName, int Shares, DateOnly JoinedOn, DateOnly? LeftOn, bool Active);

public sealed record AnnualReturn(int Year, int JobsProvided, MoneyDto Revenue);

public sealed record EnergyProject(Guid Id, string Name, string Technology, decimal CapacityMw, string Status);

// ---- Statistics (one record per service's answer; only what the charts show)
public sealed record SectorChangeDto(string Sector, int Count, int PreviousYear, decimal? ChangePercent);

public sealed record InspectionFiguresDto(int Scheduled, int InProgress, int Completed, int Cancelled, int FollowUps, int OverdueFollowUps, decimal? AverageComplianceScore);

public sealed record InspectionStatistics(
    string Region, DateOnly From, DateOnly To, PeriodLabelDto Period, PeriodLabelDto PreviousPeriod, InspectionFiguresDto Inspections,
    int ViolationCount, int AccidentFiles, int AccidentFilesPreviousYear, decimal? AccidentChangePercent,
    IReadOnlyList<SectorChangeDto> AccidentsBySector);

public sealed record StatusCountDto(string Status, int Count);

public sealed record ProgrammeDisbursedDto(Guid ProgrammeId, string Name, string Kind, MoneyDto Amount, int Disbursements);

public sealed record AidStatistics(
    string Region, DateOnly From, DateOnly To, PeriodLabelDto Period, int BeneficiariesReached,
    IReadOnlyList<StatusCountDto> ApplicationsByStatus, IReadOnlyList<MoneyDto> DisbursedByCurrency,
    IReadOnlyList<ProgrammeDisbursedDto> DisbursedByProgramme);

public sealed record SectorCountDto(string Sector, int Count);

public sealed record CooperativeFiguresDto(int Total, IReadOnlyList<StatusCountDto> ByStatus, IReadOnlyList<SectorCountDto> BySector, int FlaggedBelowMinimum);

public sealed record MemberFiguresDto(int Active, int JoinedInPeriod, int LeftInPeriod);

public sealed record ReturnFiguresDto(int Filed, int JobsProvided, IReadOnlyList<MoneyDto> Revenue);

public sealed record EnergyFiguresDto(bool HasTarget, decimal? TargetMw, decimal OperationalMw, decimal InstallingMw, decimal PlannedMw, decimal? ProgressPercent, int OperationalProjects);

public sealed record CooperativeStatistics(
    string Region, int Year, DateOnly From, DateOnly To, PeriodLabelDto Label, CooperativeFiguresDto Cooperatives,
    MemberFiguresDto Members, ReturnFiguresDto AnnualReturns, EnergyFiguresDto Energy);

public sealed record MonthFiguresDto(string Label, int Year, int Month, DateOnly From, DateOnly To, int Received, int Resolved);

public sealed record MediationStatistics(
    string Region, DateOnly From, DateOnly To, PeriodLabelDto Period, int Received, IReadOnlyDictionary<string, int> ReceivedByCategory,
    int Resolved, int Settled, int NotSettled, int Withdrawn, decimal? SettlementRate, decimal? MedianDaysToResolution,
    IReadOnlyList<MonthFiguresDto> Months);
