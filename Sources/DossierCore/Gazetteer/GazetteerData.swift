/// The shipped data tables, one file each (CountriesData, PlacesData, OrganizationsData,
/// TitlesData, NamesData, CommonWordsData), each with its source and licence in its header.
enum GazetteerData {}
