// Countries of the world: name, other names, adjectives, words for the people, capital, ISO 3166-1
// alpha-3 code. Written from general knowledge of the public-domain CIA World Factbook country list
// and ISO 3166-1 (facts, not copyrightable); no third-party text was copied. Licence: as the project.
// Columns (tab-separated): name, aliases, adjectives, people, capital, iso3. Lists are |-separated
// (the capital's list is one city and its other spellings; a second seat of government is a city of
// its own in the places table, as La Paz is);
// an alias starting with = must match with the same capitals ("US" but not "us"). Adjectives include
// the combining forms of hyphenated pairs ("Sino-", "Russo-", "Franco-").
extension GazetteerData {
    static let countries = """
Afghanistan	Islamic Republic of Afghanistan	Afghan|Afghani	Afghans	Kabul	AFG
Albania	Republic of Albania	Albanian	Albanians	Tirana	ALB
Algeria	People's Democratic Republic of Algeria	Algerian	Algerians	Algiers	DZA
Andorra		Andorran	Andorrans	Andorra la Vella	AND
Angola	Republic of Angola	Angolan	Angolans	Luanda	AGO
Antigua and Barbuda		Antiguan	Antiguans	St. John's	ATG
Argentina	Argentine Republic	Argentine|Argentinian	Argentines|Argentinians	Buenos Aires	ARG
Armenia	Republic of Armenia	Armenian	Armenians	Yerevan	ARM
Australia	Commonwealth of Australia	Australian	Australians	Canberra	AUS
Austria	Republic of Austria	Austrian|Austro	Austrians	Vienna	AUT
Azerbaijan	Republic of Azerbaijan	Azerbaijani|Azeri	Azerbaijanis|Azeris	Baku	AZE
Bahamas	The Bahamas	Bahamian	Bahamians	Nassau	BHS
Bahrain	Kingdom of Bahrain	Bahraini	Bahrainis	Manama	BHR
Bangladesh	People's Republic of Bangladesh	Bangladeshi	Bangladeshis	Dhaka	BGD
Barbados		Barbadian	Barbadians	Bridgetown	BRB
Belarus	Republic of Belarus|Byelorussia	Belarusian|Belarusan	Belarusians	Minsk	BLR
Belgium	Kingdom of Belgium	Belgian	Belgians	Brussels	BEL
Belize		Belizean	Belizeans	Belmopan	BLZ
Benin	Republic of Benin	Beninese	Beninese	Porto-Novo	BEN
Bhutan	Kingdom of Bhutan	Bhutanese	Bhutanese	Thimphu	BTN
Bolivia	Plurinational State of Bolivia	Bolivian	Bolivians	Sucre	BOL
Bosnia and Herzegovina	Bosnia|Bosnia-Herzegovina	Bosnian	Bosnians	Sarajevo	BIH
Botswana	Republic of Botswana	Botswanan|Motswana	Batswana	Gaborone	BWA
Brazil	Federative Republic of Brazil	Brazilian	Brazilians	Brasilia|Brasília	BRA
Brunei	Brunei Darussalam	Bruneian	Bruneians	Bandar Seri Begawan	BRN
Bulgaria	Republic of Bulgaria	Bulgarian	Bulgarians	Sofia	BGR
Burkina Faso		Burkinabe|Burkinabé	Burkinabes	Ouagadougou	BFA
Burundi	Republic of Burundi	Burundian	Burundians	Gitega	BDI
Cabo Verde	Cape Verde	Cabo Verdean|Cape Verdean	Cape Verdeans	Praia	CPV
Cambodia	Kingdom of Cambodia	Cambodian	Cambodians	Phnom Penh	KHM
Cameroon	Republic of Cameroon	Cameroonian	Cameroonians	Yaounde|Yaoundé	CMR
Canada		Canadian	Canadians	Ottawa	CAN
Central African Republic	=CAR	Central African	Central Africans	Bangui	CAF
Chad	Republic of Chad	Chadian	Chadians	N'Djamena	TCD
Chile	Republic of Chile	Chilean	Chileans	Santiago	CHL
China	People's Republic of China|=PRC|Mainland China	Chinese|Sino	Chinese	Beijing|Peking	CHN
Colombia	Republic of Colombia	Colombian	Colombians	Bogota|Bogotá	COL
Comoros	Union of the Comoros	Comoran|Comorian	Comorans	Moroni	COM
Democratic Republic of the Congo	=DRC|=DR Congo|Congo-Kinshasa|Zaire	Congolese	Congolese	Kinshasa	COD
Republic of the Congo	Congo-Brazzaville|Congo Republic|Congo			Brazzaville	COG
Costa Rica	Republic of Costa Rica	Costa Rican	Costa Ricans	San Jose|San José	CRI
Cote d'Ivoire	Côte d'Ivoire|Ivory Coast	Ivorian	Ivorians	Yamoussoukro	CIV
Croatia	Republic of Croatia	Croatian|Croat	Croatians|Croats	Zagreb	HRV
Cuba	Republic of Cuba	Cuban	Cubans	Havana	CUB
Cyprus	Republic of Cyprus	Cypriot	Cypriots	Nicosia	CYP
Czech Republic	Czechia	Czech	Czechs	Prague	CZE
Denmark	Kingdom of Denmark	Danish	Danes	Copenhagen	DNK
Djibouti	Republic of Djibouti	Djiboutian	Djiboutians	Djibouti	DJI
Dominica	Commonwealth of Dominica			Roseau	DMA
Dominican Republic		Dominican	Dominicans	Santo Domingo	DOM
Ecuador	Republic of Ecuador	Ecuadorian|Ecuadorean	Ecuadorians	Quito	ECU
Egypt	Arab Republic of Egypt	Egyptian	Egyptians	Cairo	EGY
El Salvador	Republic of El Salvador	Salvadoran|Salvadorean	Salvadorans	San Salvador	SLV
Equatorial Guinea		Equatorial Guinean|Equatoguinean	Equatorial Guineans	Malabo	GNQ
Eritrea	State of Eritrea	Eritrean	Eritreans	Asmara	ERI
Estonia	Republic of Estonia	Estonian	Estonians	Tallinn	EST
Eswatini	Swaziland	Swazi|Eswatini	Swazis	Mbabane	SWZ
Ethiopia	Federal Democratic Republic of Ethiopia	Ethiopian	Ethiopians	Addis Ababa	ETH
Fiji	Republic of Fiji	Fijian	Fijians	Suva	FJI
Finland	Republic of Finland	Finnish	Finns	Helsinki	FIN
France	French Republic	French|Franco	French|Frenchmen	Paris	FRA
Gabon	Gabonese Republic	Gabonese	Gabonese	Libreville	GAB
Gambia	The Gambia	Gambian	Gambians	Banjul	GMB
Georgia		Georgian	Georgians	Tbilisi	GEO
Germany	Federal Republic of Germany|West Germany|East Germany	German|Germano	Germans	Berlin	DEU
Ghana	Republic of Ghana	Ghanaian	Ghanaians	Accra	GHA
Greece	Hellenic Republic	Greek|Greco	Greeks	Athens	GRC
Grenada		Grenadian	Grenadians	St. George's	GRD
Guatemala	Republic of Guatemala	Guatemalan	Guatemalans	Guatemala City	GTM
Guinea	Republic of Guinea	Guinean	Guineans	Conakry	GIN
Guinea-Bissau		Bissau-Guinean	Bissau-Guineans	Bissau	GNB
Guyana		Guyanese	Guyanese	Georgetown	GUY
Haiti	Republic of Haiti	Haitian	Haitians	Port-au-Prince	HTI
Honduras	Republic of Honduras	Honduran	Hondurans	Tegucigalpa	HND
Hungary		Hungarian	Hungarians	Budapest	HUN
Iceland		Icelandic	Icelanders	Reykjavik|Reykjavík	ISL
India	Republic of India	Indian|Indo	Indians	New Delhi	IND
Indonesia	Republic of Indonesia	Indonesian	Indonesians	Jakarta	IDN
Iran	Islamic Republic of Iran|Persia	Iranian|Persian	Iranians	Tehran	IRN
Iraq	Republic of Iraq	Iraqi	Iraqis	Baghdad	IRQ
Ireland	Republic of Ireland|Eire	Irish	Irish	Dublin	IRL
Israel	State of Israel	Israeli|Israelo	Israelis	Jerusalem	ISR
Italy	Italian Republic	Italian|Italo	Italians	Rome	ITA
Jamaica		Jamaican	Jamaicans	Kingston	JAM
Japan		Japanese|Nippo|Japano	Japanese	Tokyo	JPN
Jordan	Hashemite Kingdom of Jordan	Jordanian	Jordanians	Amman	JOR
Kazakhstan	Republic of Kazakhstan	Kazakh|Kazakhstani	Kazakhs|Kazakhstanis	Astana	KAZ
Kenya	Republic of Kenya	Kenyan	Kenyans	Nairobi	KEN
Kiribati		I-Kiribati	I-Kiribati	Tarawa	KIR
Kosovo	Republic of Kosovo	Kosovar|Kosovan	Kosovars	Pristina	XKX
Kuwait	State of Kuwait	Kuwaiti	Kuwaitis	Kuwait City	KWT
Kyrgyzstan	Kyrgyz Republic|Kirghizia	Kyrgyz|Kyrgyzstani	Kyrgyz	Bishkek	KGZ
Laos	Lao People's Democratic Republic|=Lao PDR	Lao|Laotian	Laotians	Vientiane	LAO
Latvia	Republic of Latvia	Latvian	Latvians	Riga	LVA
Lebanon	Lebanese Republic	Lebanese	Lebanese	Beirut	LBN
Lesotho	Kingdom of Lesotho	Basotho|Mosotho	Basotho	Maseru	LSO
Liberia	Republic of Liberia	Liberian	Liberians	Monrovia	LBR
Libya	State of Libya	Libyan	Libyans	Tripoli	LBY
Liechtenstein		Liechtensteiner	Liechtensteiners	Vaduz	LIE
Lithuania	Republic of Lithuania	Lithuanian	Lithuanians	Vilnius	LTU
Luxembourg		Luxembourgish|Luxembourger	Luxembourgers	Luxembourg	LUX
Madagascar	Republic of Madagascar	Malagasy	Malagasy	Antananarivo	MDG
Malawi	Republic of Malawi	Malawian	Malawians	Lilongwe	MWI
Malaysia		Malaysian	Malaysians	Kuala Lumpur	MYS
Maldives	Republic of Maldives	Maldivian	Maldivians	Male|Malé	MDV
Mali	Republic of Mali	Malian	Malians	Bamako	MLI
Malta	Republic of Malta	Maltese	Maltese	Valletta	MLT
Marshall Islands	Republic of the Marshall Islands	Marshallese	Marshallese	Majuro	MHL
Mauritania	Islamic Republic of Mauritania	Mauritanian	Mauritanians	Nouakchott	MRT
Mauritius	Republic of Mauritius	Mauritian	Mauritians	Port Louis	MUS
Mexico	United Mexican States	Mexican	Mexicans	Mexico City	MEX
Micronesia	Federated States of Micronesia	Micronesian	Micronesians	Palikir	FSM
Moldova	Republic of Moldova	Moldovan	Moldovans	Chisinau|Chișinău	MDA
Monaco	Principality of Monaco	Monegasque	Monegasques	Monaco	MCO
Mongolia		Mongolian	Mongolians	Ulaanbaatar|Ulan Bator	MNG
Montenegro		Montenegrin	Montenegrins	Podgorica	MNE
Morocco	Kingdom of Morocco	Moroccan	Moroccans	Rabat	MAR
Mozambique	Republic of Mozambique	Mozambican	Mozambicans	Maputo	MOZ
Myanmar	Burma|Republic of the Union of Myanmar	Myanmar|Burmese	Burmese	Naypyidaw|Nay Pyi Taw	MMR
Namibia	Republic of Namibia	Namibian	Namibians	Windhoek	NAM
Nauru	Republic of Nauru	Nauruan	Nauruans	Yaren	NRU
Nepal		Nepali|Nepalese	Nepalis	Kathmandu	NPL
Netherlands	The Netherlands|Holland	Dutch	Dutch	Amsterdam	NLD
New Zealand		New Zealand	New Zealanders|Kiwis	Wellington	NZL
Nicaragua	Republic of Nicaragua	Nicaraguan	Nicaraguans	Managua	NIC
Niger	Republic of Niger	Nigerien	Nigeriens	Niamey	NER
Nigeria	Federal Republic of Nigeria	Nigerian	Nigerians	Abuja	NGA
North Korea	Democratic People's Republic of Korea|=DPRK|=D.P.R.K.	North Korean	North Koreans	Pyongyang	PRK
North Macedonia	Macedonia|Republic of North Macedonia	Macedonian	Macedonians	Skopje	MKD
Norway	Kingdom of Norway	Norwegian	Norwegians	Oslo	NOR
Oman	Sultanate of Oman	Omani	Omanis	Muscat	OMN
Pakistan	Islamic Republic of Pakistan	Pakistani	Pakistanis	Islamabad	PAK
Palau	Republic of Palau	Palauan	Palauans	Ngerulmud	PLW
Palestine	State of Palestine|Palestinian Territories|Palestinian territories	Palestinian	Palestinians	Ramallah	PSE
Panama	Republic of Panama	Panamanian	Panamanians	Panama City	PAN
Papua New Guinea		Papua New Guinean	Papua New Guineans	Port Moresby	PNG
Paraguay	Republic of Paraguay	Paraguayan	Paraguayans	Asuncion|Asunción	PRY
Peru	Republic of Peru	Peruvian	Peruvians	Lima	PER
Philippines	Republic of the Philippines|The Philippines	Philippine|Filipino	Filipinos	Manila	PHL
Poland	Republic of Poland	Polish	Poles	Warsaw	POL
Portugal	Portuguese Republic	Portuguese|Luso	Portuguese	Lisbon	PRT
Qatar	State of Qatar	Qatari	Qataris	Doha	QAT
Romania		Romanian	Romanians	Bucharest	ROU
Russia	Russian Federation	Russian|Russo	Russians	Moscow	RUS
Rwanda	Republic of Rwanda	Rwandan	Rwandans	Kigali	RWA
Saint Kitts and Nevis	St. Kitts and Nevis	Kittitian	Kittitians	Basseterre	KNA
Saint Lucia	St. Lucia	Saint Lucian	Saint Lucians	Castries	LCA
Saint Vincent and the Grenadines	St. Vincent and the Grenadines	Vincentian	Vincentians	Kingstown	VCT
Samoa	Independent State of Samoa	Samoan	Samoans	Apia	WSM
San Marino		Sammarinese	Sammarinese	San Marino	SMR
Sao Tome and Principe	São Tomé and Príncipe	Santomean	Santomeans	Sao Tome|São Tomé	STP
Saudi Arabia	Kingdom of Saudi Arabia|=KSA	Saudi|Saudi Arabian	Saudis	Riyadh	SAU
Senegal	Republic of Senegal	Senegalese	Senegalese	Dakar	SEN
Serbia	Republic of Serbia	Serbian|Serb	Serbs|Serbians	Belgrade	SRB
Seychelles	Republic of Seychelles	Seychellois	Seychellois	Victoria	SYC
Sierra Leone	Republic of Sierra Leone	Sierra Leonean	Sierra Leoneans	Freetown	SLE
Singapore	Republic of Singapore	Singaporean	Singaporeans	Singapore	SGP
Slovakia	Slovak Republic	Slovak|Slovakian	Slovaks	Bratislava	SVK
Slovenia	Republic of Slovenia	Slovenian|Slovene	Slovenians|Slovenes	Ljubljana	SVN
Solomon Islands		Solomon Islander	Solomon Islanders	Honiara	SLB
Somalia	Federal Republic of Somalia	Somali	Somalis	Mogadishu	SOM
South Africa	Republic of South Africa	South African	South Africans	Pretoria	ZAF
South Korea	Republic of Korea|=ROK|=R.O.K.	South Korean	South Koreans	Seoul	KOR
South Sudan	Republic of South Sudan	South Sudanese	South Sudanese	Juba	SSD
Spain	Kingdom of Spain	Spanish|Hispano	Spaniards	Madrid	ESP
Sri Lanka	Ceylon	Sri Lankan	Sri Lankans	Colombo	LKA
Sudan	Republic of the Sudan|The Sudan	Sudanese	Sudanese	Khartoum	SDN
Suriname	Republic of Suriname	Surinamese	Surinamese	Paramaribo	SUR
Sweden	Kingdom of Sweden	Swedish	Swedes	Stockholm	SWE
Switzerland	Swiss Confederation	Swiss	Swiss	Bern|Berne	CHE
Syria	Syrian Arab Republic	Syrian	Syrians	Damascus	SYR
Taiwan	Republic of China|=ROC|Chinese Taipei|Formosa	Taiwanese	Taiwanese	Taipei	TWN
Tajikistan	Republic of Tajikistan	Tajik|Tajikistani	Tajiks	Dushanbe	TJK
Tanzania	United Republic of Tanzania	Tanzanian	Tanzanians	Dodoma	TZA
Thailand	Kingdom of Thailand|Siam	Thai	Thais	Bangkok	THA
Timor-Leste	East Timor	Timorese	Timorese	Dili	TLS
Togo	Togolese Republic	Togolese	Togolese	Lome|Lomé	TGO
Tonga	Kingdom of Tonga	Tongan	Tongans	Nuku'alofa	TON
Trinidad and Tobago		Trinidadian|Tobagonian	Trinidadians	Port of Spain	TTO
Tunisia	Republic of Tunisia	Tunisian	Tunisians	Tunis	TUN
Turkey	Republic of Turkey|Türkiye|Turkiye	Turkish|Turco	Turks	Ankara	TUR
Turkmenistan		Turkmen|Turkmenistani	Turkmens	Ashgabat	TKM
Tuvalu		Tuvaluan	Tuvaluans	Funafuti	TUV
Uganda	Republic of Uganda	Ugandan	Ugandans	Kampala	UGA
Ukraine		Ukrainian	Ukrainians	Kyiv|Kiev	UKR
United Arab Emirates	=UAE|=U.A.E.|Emirates	Emirati	Emiratis	Abu Dhabi	ARE
United Kingdom	=UK|=U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland	British|Anglo	Britons|British	London	GBR
United States	United States of America|=US|=U.S.|=USA|=U.S.A.|America	American|=U.S.|=US	Americans	Washington, D.C.	USA
Uruguay	Oriental Republic of Uruguay	Uruguayan	Uruguayans	Montevideo	URY
Uzbekistan	Republic of Uzbekistan	Uzbek|Uzbekistani	Uzbeks	Tashkent	UZB
Vanuatu	Republic of Vanuatu	Ni-Vanuatu|Vanuatuan	Ni-Vanuatu	Port Vila	VUT
Vatican City	Holy See|Vatican	Vatican	Vatican	Vatican City	VAT
Venezuela	Bolivarian Republic of Venezuela	Venezuelan	Venezuelans	Caracas	VEN
Vietnam	Viet Nam|Socialist Republic of Vietnam	Vietnamese	Vietnamese	Hanoi	VNM
Yemen	Republic of Yemen	Yemeni	Yemenis	Sanaa|Sana'a	YEM
Zambia	Republic of Zambia	Zambian	Zambians	Lusaka	ZMB
Zimbabwe	Republic of Zimbabwe	Zimbabwean	Zimbabweans	Harare	ZWE
Soviet Union	=USSR|=U.S.S.R.|Union of Soviet Socialist Republics	Soviet	Soviets	Moscow	SUN
Yugoslavia		Yugoslav	Yugoslavs	Belgrade	YUG
Czechoslovakia		Czechoslovak	Czechoslovaks	Prague	CSK
Hong Kong	Hong Kong SAR	Hong Konger	Hong Kongers	Hong Kong	HKG
Macau	Macao	Macanese	Macanese	Macau	MAC
Puerto Rico		Puerto Rican	Puerto Ricans	San Juan	PRI
Greenland		Greenlandic	Greenlanders	Nuuk	GRL
Western Sahara		Sahrawi	Sahrawis	Laayoune	ESH
"""

    /// Compounds that name the relations of two countries: compound, iso3, iso3.
    static let relationCompounds = """
inter-Korean	KOR	PRK
cross-Strait	CHN	TWN
cross-strait	CHN	TWN
"""
}
