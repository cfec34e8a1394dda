public enum DossierVersion {
    public static let string = "0.1.0"
}
