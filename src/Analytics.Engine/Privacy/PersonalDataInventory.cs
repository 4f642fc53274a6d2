namespace Analytics.Engine.Privacy;

/// <summary>What a text or binary column holds, as far as 152-ФЗ is concerned.</summary>
public enum DataClass
{
    /// <summary>Codes, statuses, labels, designs, hashes: nothing about a person.</summary>
    NotPersonal,

    /// <summary>Identifies a consumer (name, phone, address, account, device) or is a staff member's identity.</summary>
    Personal,

    /// <summary>Prose anyone typed: it may name a person, so erasure scrubs it and retention may replace it.</summary>
    FreeText,
}

/// <summary>
/// One column of the inventory. <paramref name="Retention"/> names the settings that limit how long its values are
/// kept (<c>Retention:*</c> property names, or <c>Audit:RetentionYears</c>); <paramref name="Staff"/> marks a staff
/// member's identity kept with an accountable record (<see cref="PersonalDataInventory.StaffReason"/>).
/// </summary>
public sealed record InventoryColumn(string Table, string Column, DataClass Class, IReadOnlyList<string> Retention, bool Staff);

/// <summary>
/// The personal-data inventory (#21, ADR 0021): every VARCHAR and BLOB column of every table, classified once, here.
/// <c>PersonalDataInventoryTests</c> fails when a migration adds a column this list does not classify, when a
/// personal or free-text column is reached neither by the erasure nor by a retention setting, and when a retention
/// setting names no column. Line syntax: <c>table: CLASS col col @Setting; CLASS col …</c> with classes
/// <c>N</c> (not personal), <c>P</c> (personal), <c>F</c> (free text) and <c>S</c> (staff identity, personal, kept).
/// </summary>
public static class PersonalDataInventory
{
    /// <summary>Why staff identities are kept without a retention period of their own.</summary>
    public const string StaffReason =
        "An employee's login or name on a record they made (an import, a review, an audit act, a corrective action) is what " +
        "makes the record accountable (152-ФЗ art. 6 p. 1 (5): the employment contract and the company's internal " +
        "control); it is kept as long as that record, and the audit trail's retention bounds the trail.";

    private const string Catalogue = """
        access_log: N action what scope_code; S user_name; F detail
        answer: N submission_id item_code; F value_text @SurveyContactMonths @FreeTextYears; F note @StaffCommentYears
        app_user: N password_hash security_stamp; S user_name display_name created_by
        app_user_role: N role branch_code; S user_name
        appeal: N register_no office_code consumer_type channel kind topic status outcome follow_up_of contact_left reply_channel replied_via; P consumer_key consumer_name consumer_phone consumer_email consumer_address @AppealContactYears; F text @AppealTextYears; S executor
        appeal_classification: N register_no task label
        appeal_label: N register_no task label; S corrected_by
        appeal_measure: N register_no; F description
        audit_entry: N action entity_kind entity_id prev_hash hash; S actor; F before_json after_json @Audit:RetentionYears
        audit_plan: N office_code definition_id recurrence; S auditor created_by; F note
        audit_review: N submission_id state; S reviewer; F comment @StaffCommentYears
        auditor_assignment: N office_code; S auditor
        benchmark_peer: N source peer target kind; F note
        call_interval: N center_code routed_unit wait_distribution
        call_record: N call_id center_code closed_by routed_unit; S operator; P caller_phone @CallerPhoneMonths
        case_owner: N unit_code; S owner updated_by
        channel: N code name_ru name_en report_group
        classifier_model: N task trainer features metrics_json data_hash path
        client_case: N event_kind event_ref first_trigger outcome
        client_case_trigger: N trigger source_ref detail
        comment_topic: N submission_id item_code topic
        client_consent: P client_key; N source
        client_opt_out: P client_key
        control_call: N register_no; F comment @AppealContactYears; S caller
        corrective_action: N source_kind source_ref office_code branch_code status verification_kind verification_ref; F title description evidence; S owner created_by
        corrective_action_event: N from_status to_status; S actor; F note @StaffCommentYears
        criterion_fact: N scope_code criterion_id source
        erasure_tombstone: N hash kind
        evidence: N id submission_id item_code content_type sha256; F file_name; S content
        export_job: N kind format scope_branch language state file_path; S user_name; F query message
        form_definition: N id kind code title_ru title_en status template draft_json; S created_by
        form_item_criterion: N definition_id item_code criterion_id
        form_publication: N definition_id office_code
        form_version: N definition_id json; S published_by
        import_run: N kind file_name sha256 status target_table format; F message
        indicator_count: N methodology_id unit_code measure
        indicator_input_state: N methodology_id
        indicator_result: N methodology_id level unit_code granularity item_kind item_id
        invitation: N token definition_id office_code channel used_by
        invitation_message: N state claim message_id; F last_error @InvitationAddressMonths
        invitation_outbox: N rule_code event_ref office_code channel state suppressed_reason token; P client_key address @InvitationAddressMonths
        invitation_rule: N code title event_kind form_code channel reminder_days
        invitation_template: N channel kind subject body; S updated_by
        methodology: N id mode name_ru name_en based_on json sha256; S created_by
        notification: N kind subject_ref; S recipient; F message
        org_unit: N code level parent_code name region time_zone address name_genitive
        plan: N scope_code target source
        privacy_salt: N salt
        quarantine: N kind file_name column_name; F reason; F raw @QuarantineRawMonths
        queue_visit: N office_code ticket service window_no; S operator
        result_publication: S published_by
        schema_version: N name
        sentiment_correction: N submission_id item_code label; S corrected_by
        sentiment_run: N trigger
        sign_in_event: N reason; P remote_ip @SignInIpMonths; P user_name @FailedSignInNameMonths
        submission: N id definition_id office_code source channel respondent_type token; S auditor; P user_agent @DeviceDataMonths
        submission_section_score: N submission_id section_code
        survey_partial: N id definition_id office_code token last_item; F answers_json @PartialResponseDays
        webhook_attempt: N delivery_id error
        webhook_delivery: N id state claim last_error
        webhook_event: N event_id type; F body
        webhook_subscriber: N name url secret events state paused_reason
        """;

    /// <summary>Every classified column, in catalogue order.</summary>
    public static IReadOnlyList<InventoryColumn> All { get; } = Parse(Catalogue);

    /// <summary>The entry for a column, or null when it is not classified.</summary>
    public static InventoryColumn? Of(string table, string column) =>
        All.FirstOrDefault(c => c.Table.Equals(table, StringComparison.OrdinalIgnoreCase) && c.Column.Equals(column, StringComparison.OrdinalIgnoreCase));

    private static List<InventoryColumn> Parse(string text)
    {
        var list = new List<InventoryColumn>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':');
            var table = line[..colon];
            foreach (var group in line[(colon + 1)..].Split(';', StringSplitOptions.TrimEntries))
            {
                var words = group.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var retention = words.Where(w => w.StartsWith('@')).Select(w => w[1..]).ToList();
                var (cls, staff) = words[0] switch
                {
                    "N" => (DataClass.NotPersonal, false),
                    "P" => (DataClass.Personal, false),
                    "F" => (DataClass.FreeText, false),
                    "S" => (DataClass.Personal, true),
                    var other => throw new FormatException($"Inventory line '{table}': unknown class '{other}'."),
                };
                list.AddRange(words.Skip(1).Where(w => !w.StartsWith('@')).Select(column => new InventoryColumn(table, column, cls, retention, staff)));
            }
        }
        return list;
    }
}
