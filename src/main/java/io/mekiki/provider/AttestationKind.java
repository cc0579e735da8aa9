package io.mekiki.provider;

/** The attestations and certifications a Japanese customer asks a cloud provider for. */
public enum AttestationKind {
    /** ISMAP registration (政府情報システムのためのセキュリティ評価制度). */
    ISMAP,
    /** ISMAP for Low-Impact Use (ISMAP-LIU). */
    ISMAP_LIU,
    ISO_27001,
    ISO_27017,
    ISO_27018,
    ISO_27701,
    /** CSA STAR; the level goes in the title. */
    CSA_STAR,
    SOC1_TYPE1,
    SOC1_TYPE2,
    SOC2_TYPE1,
    SOC2_TYPE2,
    /** An assurance report under JICPA standards (e.g. 保証業務実務指針3402, IT委員会実務指針第7号). */
    JICPA_ASSURANCE,
    /** プライバシーマーク (JIPDEC). */
    PRIVACY_MARK,
    /** ASPIC's information-disclosure certification for cloud services (クラウドサービスの安全・信頼性に係る情報開示認定). */
    ASPIC_DISCLOSURE,
    /** Anything else; the title says what. */
    OTHER
}
