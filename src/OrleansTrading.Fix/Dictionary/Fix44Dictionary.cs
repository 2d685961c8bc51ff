namespace OrleansTrading.Fix.Dictionary;

/// <summary>
/// Our own FIX 4.4 definition of what the platform uses: every session message; orders, cancels, replaces, status
/// and mass-status requests, execution reports, cancel rejects, business rejects; market data request, snapshot and
/// incremental refresh; security definition; quote request; news; XML non-FIX; trade capture report request and
/// position report. Written in the compact notation read by <see cref="FixDictionaryText"/>.
/// </summary>
internal static class Fix44Dictionary
{
    public static FixDataDictionary Create() => FixDictionaryText.Parse(_source, "built-in FIX 4.4").Build("FIX.4.4");

    private const string SecurityTypes =
        "ABS,AMENDED,AN,BA,BN,BOX,BRADY,BRIDGE,BUYSELL,CB,CD,CL,CMBS,CMO,COFO,COFP,CORP,CP,CPP,CS,DEFLTED,DINP,DN,DUAL,EUCD,EUCORP,EUCP,EUSOV,EUSUPRA,"
        + "FAC,FADN,FOR,FORWARD,FUT,GO,IET,LOFC,LQN,MATURED,MBS,MF,MIO,MLEG,MPO,MPP,MPT,MT,MTN,NONE,ONITE,OPT,PEF,PFAND,PN,PS,PZFJ,RAN,REPLACD,REPO,RETIRED,"
        + "REVLV,RVLVTRM,SECLOAN,SECPLEDGE,SPCLA,SPCLO,SPCLT,STN,STRUCT,SUPRA,SWING,TAN,TAXA,TBA,TBILL,TBOND,TCAL,TD,TECP,TERM,TINT,TIPS,TNOTE,TPRN,TRAN,"
        + "UST,USTB,VRDN,WAR,WITHDRN,XCN,XLINKD,YANK,YCD,OOP,OOF,CASH";

    private static readonly string _source = $$"""
        # fields: tag name type [comma-separated enumeration]
        field 1 Account STRING
        field 2 AdvId STRING
        field 4 AdvSide CHAR B,S,X,T
        field 6 AvgPx PRICE
        field 7 BeginSeqNo SEQNUM
        field 8 BeginString STRING
        field 9 BodyLength LENGTH
        field 10 CheckSum STRING
        field 11 ClOrdID STRING
        field 12 Commission AMT
        field 13 CommType CHAR 1,2,3,4,5,6
        field 14 CumQty QTY
        field 15 Currency CURRENCY
        field 16 EndSeqNo SEQNUM
        field 17 ExecID STRING
        field 18 ExecInst MULTIPLEVALUESTRING 0,1,2,3,4,5,6,7,8,9,A,B,C,D,E,F,G,H,I,J,K,L,M,N,O,P,Q,R,S,T,U,V,W,X,Y,Z,a,b,c,d,e,f
        field 19 ExecRefID STRING
        field 21 HandlInst CHAR 1,2,3
        field 22 SecurityIDSource STRING 1,2,3,4,5,6,7,8,9,A,B,C,D,E,F,G,H,I,J
        field 23 IOIID STRING
        field 29 LastCapacity CHAR 1,2,3,4
        field 30 LastMkt EXCHANGE
        field 31 LastPx PRICE
        field 32 LastQty QTY
        field 33 NoLinesOfText NUMINGROUP
        field 34 MsgSeqNum SEQNUM
        field 35 MsgType STRING
        field 36 NewSeqNo SEQNUM
        field 37 OrderID STRING
        field 38 OrderQty QTY
        field 39 OrdStatus CHAR 0,1,2,3,4,5,6,7,8,9,A,B,C,D,E
        field 40 OrdType CHAR 1,2,3,4,5,6,7,8,9,A,B,C,D,E,F,G,H,I,J,K,L,M,P
        field 41 OrigClOrdID STRING
        field 42 OrigTime UTCTIMESTAMP
        field 43 PossDupFlag BOOLEAN
        field 44 Price PRICE
        field 45 RefSeqNum SEQNUM
        field 48 SecurityID STRING
        field 49 SenderCompID STRING
        field 50 SenderSubID STRING
        field 52 SendingTime UTCTIMESTAMP
        field 54 Side CHAR 1,2,3,4,5,6,7,8,9,A,B,C,D,E,F,G
        field 55 Symbol STRING
        field 56 TargetCompID STRING
        field 57 TargetSubID STRING
        field 58 Text STRING
        field 59 TimeInForce CHAR 0,1,2,3,4,5,6,7
        field 60 TransactTime UTCTIMESTAMP
        field 61 Urgency CHAR 0,1,2
        field 63 SettlType CHAR 0,1,2,3,4,5,6,7,8,9
        field 64 SettlDate LOCALMKTDATE
        field 65 SymbolSfx STRING
        field 66 ListID STRING
        field 70 AllocID STRING
        field 75 TradeDate LOCALMKTDATE
        field 77 PositionEffect CHAR O,C,R,F
        field 78 NoAllocs NUMINGROUP
        field 79 AllocAccount STRING
        field 80 AllocQty QTY
        field 81 ProcessCode CHAR 0,1,2,3,4,5,6
        field 89 Signature DATA
        field 90 SecureDataLen LENGTH
        field 91 SecureData DATA
        field 93 SignatureLength LENGTH
        field 95 RawDataLength LENGTH
        field 96 RawData DATA
        field 97 PossResend BOOLEAN
        field 98 EncryptMethod INT 0,1,2,3,4,5,6
        field 99 StopPx PRICE
        field 100 ExDestination EXCHANGE
        field 102 CxlRejReason INT 0,1,2,3,4,5,6,99
        field 103 OrdRejReason INT 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,18,99
        field 106 Issuer STRING
        field 107 SecurityDesc STRING
        field 108 HeartBtInt INT
        field 110 MinQty QTY
        field 111 MaxFloor QTY
        field 112 TestReqID STRING
        field 113 ReportToExch BOOLEAN
        field 114 LocateReqd BOOLEAN
        field 115 OnBehalfOfCompID STRING
        field 116 OnBehalfOfSubID STRING
        field 117 QuoteID STRING
        field 118 NetMoney AMT
        field 119 SettlCurrAmt AMT
        field 120 SettlCurrency CURRENCY
        field 121 ForexReq BOOLEAN
        field 122 OrigSendingTime UTCTIMESTAMP
        field 123 GapFillFlag BOOLEAN
        field 126 ExpireTime UTCTIMESTAMP
        field 128 DeliverToCompID STRING
        field 129 DeliverToSubID STRING
        field 131 QuoteReqID STRING
        field 136 NoMiscFees NUMINGROUP
        field 137 MiscFeeAmt AMT
        field 138 MiscFeeCurr CURRENCY
        field 139 MiscFeeType STRING
        field 140 PrevClosePx PRICE
        field 141 ResetSeqNumFlag BOOLEAN
        field 142 SenderLocationID STRING
        field 143 TargetLocationID STRING
        field 144 OnBehalfOfLocationID STRING
        field 145 DeliverToLocationID STRING
        field 146 NoRelatedSym NUMINGROUP
        field 148 Headline STRING
        field 149 URLLink STRING
        field 150 ExecType CHAR 0,3,4,5,6,7,8,9,A,B,C,D,E,F,G,H,I
        field 151 LeavesQty QTY
        field 152 CashOrderQty QTY
        field 155 SettlCurrFxRate FLOAT
        field 156 SettlCurrFxRateCalc CHAR M,D
        field 157 NumDaysInterest INT
        field 158 AccruedInterestRate PERCENTAGE
        field 159 AccruedInterestAmt AMT
        field 167 SecurityType STRING {{SecurityTypes}}
        field 168 EffectiveTime UTCTIMESTAMP
        field 192 OrderQty2 QTY
        field 193 SettlDate2 LOCALMKTDATE
        field 194 LastSpotRate PRICE
        field 195 LastForwardPoints PRICEOFFSET
        field 198 SecondaryOrderID STRING
        field 200 MaturityMonthYear MONTHYEAR
        field 201 PutOrCall INT 0,1
        field 202 StrikePrice PRICE
        field 203 CoveredOrUncovered INT 0,1
        field 206 OptAttribute CHAR
        field 207 SecurityExchange EXCHANGE
        field 210 MaxShow QTY
        field 211 PegOffsetValue FLOAT
        field 212 XmlDataLen LENGTH
        field 213 XmlData DATA
        field 215 NoRoutingIDs NUMINGROUP
        field 216 RoutingType INT 1,2,3,4
        field 217 RoutingID STRING
        field 218 Spread PRICEOFFSET
        field 220 BenchmarkCurveCurrency CURRENCY
        field 221 BenchmarkCurveName STRING
        field 222 BenchmarkCurvePoint STRING
        field 223 CouponRate PERCENTAGE
        field 224 CouponPaymentDate LOCALMKTDATE
        field 225 IssueDate LOCALMKTDATE
        field 226 RepurchaseTerm INT
        field 227 RepurchaseRate PERCENTAGE
        field 228 Factor FLOAT
        field 229 TradeOriginationDate LOCALMKTDATE
        field 231 ContractMultiplier FLOAT
        field 232 NoStipulations NUMINGROUP
        field 233 StipulationType STRING
        field 234 StipulationValue STRING
        field 235 YieldType STRING
        field 236 Yield PERCENTAGE
        field 237 TotalTakedown AMT
        field 238 Concession AMT
        field 239 RepoCollateralSecurityType STRING
        field 240 RedemptionDate LOCALMKTDATE
        field 241 UnderlyingCouponPaymentDate LOCALMKTDATE
        field 242 UnderlyingIssueDate LOCALMKTDATE
        field 243 UnderlyingRepoCollateralSecurityType STRING
        field 244 UnderlyingRepurchaseTerm INT
        field 245 UnderlyingRepurchaseRate PERCENTAGE
        field 246 UnderlyingFactor FLOAT
        field 247 UnderlyingRedemptionDate LOCALMKTDATE
        field 248 LegCouponPaymentDate LOCALMKTDATE
        field 249 LegIssueDate LOCALMKTDATE
        field 250 LegRepoCollateralSecurityType STRING
        field 251 LegRepurchaseTerm INT
        field 252 LegRepurchaseRate PERCENTAGE
        field 253 LegFactor FLOAT
        field 254 LegRedemptionDate LOCALMKTDATE
        field 255 CreditRating STRING
        field 256 UnderlyingCreditRating STRING
        field 257 LegCreditRating STRING
        field 262 MDReqID STRING
        field 263 SubscriptionRequestType CHAR 0,1,2
        field 264 MarketDepth INT
        field 265 MDUpdateType INT 0,1
        field 266 AggregatedBook BOOLEAN
        field 267 NoMDEntryTypes NUMINGROUP
        field 268 NoMDEntries NUMINGROUP
        field 269 MDEntryType CHAR 0,1,2,3,4,5,6,7,8,9,A,B,C,D,E,F,G,H,J,K,L,M,N,O,P,Q
        field 270 MDEntryPx PRICE
        field 271 MDEntrySize QTY
        field 272 MDEntryDate UTCDATEONLY
        field 273 MDEntryTime UTCTIMEONLY
        field 274 TickDirection CHAR 0,1,2,3
        field 275 MDMkt EXCHANGE
        field 276 QuoteCondition MULTIPLEVALUESTRING
        field 277 TradeCondition MULTIPLEVALUESTRING
        field 278 MDEntryID STRING
        field 279 MDUpdateAction CHAR 0,1,2
        field 280 MDEntryRefID STRING
        field 281 MDReqRejReason CHAR 0,1,2,3,4,5,6,7,8,9,A,B,C,D
        field 282 MDEntryOriginator STRING
        field 283 LocationID STRING
        field 284 DeskID STRING
        field 285 DeleteReason CHAR 0,1
        field 286 OpenCloseSettlFlag MULTIPLEVALUESTRING 0,1,2,3,4,5
        field 287 SellerDays INT
        field 288 MDEntryBuyer STRING
        field 289 MDEntrySeller STRING
        field 290 MDEntryPositionNo INT
        field 291 FinancialStatus MULTIPLEVALUESTRING 1,2
        field 292 CorporateAction MULTIPLEVALUESTRING A,B,C,D,E
        field 299 QuoteEntryID STRING
        field 303 QuoteRequestType INT 1,2
        field 305 UnderlyingSecurityIDSource STRING
        field 306 UnderlyingIssuer STRING
        field 307 UnderlyingSecurityDesc STRING
        field 308 UnderlyingSecurityExchange EXCHANGE
        field 309 UnderlyingSecurityID STRING
        field 310 UnderlyingSecurityType STRING
        field 311 UnderlyingSymbol STRING
        field 312 UnderlyingSymbolSfx STRING
        field 313 UnderlyingMaturityMonthYear MONTHYEAR
        field 315 UnderlyingPutOrCall INT
        field 316 UnderlyingStrikePrice PRICE
        field 317 UnderlyingOptAttribute CHAR
        field 318 UnderlyingCurrency CURRENCY
        field 320 SecurityReqID STRING
        field 322 SecurityResponseID STRING
        field 323 SecurityResponseType INT 1,2,3,4,5,6
        field 325 UnsolicitedIndicator BOOLEAN
        field 336 TradingSessionID STRING
        field 337 ContraTrader STRING
        field 346 NumberOfOrders INT
        field 347 MessageEncoding STRING ISO-2022-JP,EUC-JP,Shift_JIS,UTF-8
        field 348 EncodedIssuerLen LENGTH
        field 349 EncodedIssuer DATA
        field 350 EncodedSecurityDescLen LENGTH
        field 351 EncodedSecurityDesc DATA
        field 354 EncodedTextLen LENGTH
        field 355 EncodedText DATA
        field 358 EncodedHeadlineLen LENGTH
        field 359 EncodedHeadline DATA
        field 362 EncodedUnderlyingIssuerLen LENGTH
        field 363 EncodedUnderlyingIssuer DATA
        field 364 EncodedUnderlyingSecurityDescLen LENGTH
        field 365 EncodedUnderlyingSecurityDesc DATA
        field 369 LastMsgSeqNumProcessed SEQNUM
        field 371 RefTagID INT
        field 372 RefMsgType STRING
        field 373 SessionRejectReason INT 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,99
        field 375 ContraBroker STRING
        field 376 ComplianceID STRING
        field 377 SolicitedFlag BOOLEAN
        field 378 ExecRestatementReason INT 0,1,2,3,4,5,6,7,8,99
        field 379 BusinessRejectRefID STRING
        field 380 BusinessRejectReason INT 0,1,2,3,4,5,6,7,8
        field 382 NoContraBrokers NUMINGROUP
        field 383 MaxMessageSize LENGTH
        field 384 NoMsgTypes NUMINGROUP
        field 385 MsgDirection CHAR S,R
        field 386 NoTradingSessions NUMINGROUP
        field 387 TotalVolumeTraded QTY
        field 388 DiscretionInst CHAR 0,1,2,3,4,5,6
        field 389 DiscretionOffsetValue FLOAT
        field 423 PriceType INT 1,2,3,4,5,6,7,8,9,10,11
        field 424 DayOrderQty QTY
        field 425 DayCumQty QTY
        field 426 DayAvgPx PRICE
        field 427 GTBookingInst INT 0,1,2
        field 432 ExpireDate LOCALMKTDATE
        field 434 CxlRejResponseTo CHAR 1,2
        field 435 UnderlyingCouponRate PERCENTAGE
        field 436 UnderlyingContractMultiplier FLOAT
        field 437 ContraTradeQty QTY
        field 438 ContraTradeTime UTCTIMESTAMP
        field 442 MultiLegReportingType CHAR 1,2,3
        field 447 PartyIDSource CHAR 1,2,3,4,5,6,7,8,9,A,B,C,D,E,F,G,H,I
        field 448 PartyID STRING
        field 449 TotalVolumeTradedDate UTCDATEONLY
        field 450 TotalVolumeTradedTime UTCTIMEONLY
        field 451 NetChgPrevDay PRICEOFFSET
        field 452 PartyRole INT
        field 453 NoPartyIDs NUMINGROUP
        field 454 NoSecurityAltID NUMINGROUP
        field 455 SecurityAltID STRING
        field 456 SecurityAltIDSource STRING
        field 457 NoUnderlyingSecurityAltID NUMINGROUP
        field 458 UnderlyingSecurityAltID STRING
        field 459 UnderlyingSecurityAltIDSource STRING
        field 460 Product INT 1,2,3,4,5,6,7,8,9,10,11,12,13
        field 461 CFICode STRING
        field 462 UnderlyingProduct INT
        field 463 UnderlyingCFICode STRING
        field 464 TestMessageIndicator BOOLEAN
        field 467 IndividualAllocID STRING
        field 468 RoundingDirection CHAR 0,1,2
        field 469 RoundingModulus FLOAT
        field 470 CountryOfIssue COUNTRY
        field 471 StateOrProvinceOfIssue STRING
        field 472 LocaleOfIssue STRING
        field 479 CommCurrency CURRENCY
        field 480 CancellationRights CHAR Y,N,M,O
        field 481 MoneyLaunderingStatus CHAR Y,N,1,2,3
        field 494 Designation STRING
        field 497 FundRenewWaiv CHAR Y,N
        field 506 RegistStatus CHAR A,R,H,N
        field 513 RegistID STRING
        field 516 OrderPercent PERCENTAGE
        field 523 PartySubID STRING
        field 524 NestedPartyID STRING
        field 525 NestedPartyIDSource CHAR
        field 526 SecondaryClOrdID STRING
        field 527 SecondaryExecID STRING
        field 528 OrderCapacity CHAR A,G,I,P,R,W
        field 529 OrderRestrictions MULTIPLEVALUESTRING 1,2,3,4,5,6,7,8,9,A,B,C,D,E
        field 537 QuoteType INT 0,1,2,3
        field 538 NestedPartyRole INT
        field 539 NoNestedPartyIDs NUMINGROUP
        field 541 MaturityDate LOCALMKTDATE
        field 542 UnderlyingMaturityDate LOCALMKTDATE
        field 543 InstrRegistry STRING
        field 544 CashMargin CHAR 1,2,3
        field 545 NestedPartySubID STRING
        field 546 Scope MULTIPLEVALUESTRING 1,2,3
        field 547 MDImplicitDelete BOOLEAN
        field 548 CrossID STRING
        field 549 CrossType INT 1,2,3,4
        field 551 OrigCrossID STRING
        field 553 Username STRING
        field 554 Password STRING
        field 555 NoLegs NUMINGROUP
        field 556 LegCurrency CURRENCY
        field 561 RoundLot QTY
        field 562 MinTradeVol QTY
        field 564 LegPositionEffect CHAR
        field 565 LegCoveredOrUncovered INT
        field 566 LegPrice PRICE
        field 568 TradeRequestID STRING
        field 569 TradeRequestType INT 0,1,2,3,4
        field 570 PreviouslyReported BOOLEAN
        field 573 MatchStatus CHAR 0,1,2
        field 574 MatchType STRING
        field 580 NoDates NUMINGROUP
        field 581 AccountType INT 1,2,3,4,6,7,8
        field 582 CustOrderCapacity INT 1,2,3,4
        field 583 ClOrdLinkID STRING
        field 584 MassStatusReqID STRING
        field 585 MassStatusReqType INT 1,2,3,4,5,6,7,8
        field 586 OrigOrdModTime UTCTIMESTAMP
        field 587 LegSettlType CHAR
        field 588 LegSettlDate LOCALMKTDATE
        field 589 DayBookingInst CHAR 0,1,2
        field 590 BookingUnit CHAR 0,1,2
        field 591 PreallocMethod CHAR 0,1
        field 592 UnderlyingCountryOfIssue COUNTRY
        field 593 UnderlyingStateOrProvinceOfIssue STRING
        field 594 UnderlyingLocaleOfIssue STRING
        field 595 UnderlyingInstrRegistry STRING
        field 596 LegCountryOfIssue COUNTRY
        field 597 LegStateOrProvinceOfIssue STRING
        field 598 LegLocaleOfIssue STRING
        field 599 LegInstrRegistry STRING
        field 600 LegSymbol STRING
        field 601 LegSymbolSfx STRING
        field 602 LegSecurityID STRING
        field 603 LegSecurityIDSource STRING
        field 604 NoLegSecurityAltID NUMINGROUP
        field 605 LegSecurityAltID STRING
        field 606 LegSecurityAltIDSource STRING
        field 607 LegProduct INT
        field 608 LegCFICode STRING
        field 609 LegSecurityType STRING
        field 610 LegMaturityMonthYear MONTHYEAR
        field 611 LegMaturityDate LOCALMKTDATE
        field 612 LegStrikePrice PRICE
        field 613 LegOptAttribute CHAR
        field 614 LegContractMultiplier FLOAT
        field 615 LegCouponRate PERCENTAGE
        field 616 LegSecurityExchange EXCHANGE
        field 617 LegIssuer STRING
        field 618 EncodedLegIssuerLen LENGTH
        field 619 EncodedLegIssuer DATA
        field 620 LegSecurityDesc STRING
        field 621 EncodedLegSecurityDescLen LENGTH
        field 622 EncodedLegSecurityDesc DATA
        field 623 LegRatioQty FLOAT
        field 624 LegSide CHAR
        field 625 TradingSessionSubID STRING
        field 627 NoHops NUMINGROUP
        field 628 HopCompID STRING
        field 629 HopSendingTime UTCTIMESTAMP
        field 630 HopRefID SEQNUM
        field 635 ClearingFeeIndicator STRING
        field 636 WorkingIndicator BOOLEAN
        field 637 LegLastPx PRICE
        field 640 Price2 PRICE
        field 644 RFQReqID STRING
        field 654 LegRefID STRING
        field 655 ContraLegRefID STRING
        field 660 AcctIDSource INT 1,2,3,4,5,99
        field 661 AllocAcctIDSource INT
        field 662 BenchmarkPrice PRICE
        field 663 BenchmarkPriceType INT
        field 667 ContractSettlMonth MONTHYEAR
        field 669 LastParPx PRICE
        field 683 NoLegStipulations NUMINGROUP
        field 687 LegQty QTY
        field 688 LegStipulationType STRING
        field 689 LegStipulationValue STRING
        field 690 LegSwapType INT
        field 691 Pool STRING
        field 693 QuoteRespID STRING
        field 695 QuoteQualifier CHAR
        field 696 YieldRedemptionDate LOCALMKTDATE
        field 697 YieldRedemptionPrice PRICE
        field 698 YieldRedemptionPriceType INT
        field 699 BenchmarkSecurityID STRING
        field 701 YieldCalcDate LOCALMKTDATE
        field 702 NoPositions NUMINGROUP
        field 703 PosType STRING TQ,IAS,IES,FIN,SOD,EX,AS,TX,TA,PIT,TRF,ETR,ALC,PA,ASF,DLV,TOT,XM,SPL
        field 704 LongQty QTY
        field 705 ShortQty QTY
        field 706 PosQtyStatus INT 0,1,2
        field 707 PosAmtType STRING FMTM,IMTM,TVAR,SV,PREM,CRES,CASH,VADJ
        field 708 PosAmt AMT
        field 710 PosReqID STRING
        field 711 NoUnderlyings NUMINGROUP
        field 715 ClearingBusinessDate LOCALMKTDATE
        field 716 SettlSessID STRING
        field 717 SettlSessSubID STRING
        field 721 PosMaintRptID STRING
        field 724 PosReqType INT 0,1,2,3
        field 727 TotalNumPosReports INT
        field 728 PosReqResult INT 0,1,2,3,4,99
        field 730 SettlPrice PRICE
        field 731 SettlPriceType INT 1,2
        field 732 UnderlyingSettlPrice PRICE
        field 733 UnderlyingSettlPriceType INT
        field 734 PriorSettlPrice PRICE
        field 735 NoQuoteQualifiers NUMINGROUP
        field 736 AllocSettlCurrency CURRENCY
        field 739 LegDatedDate LOCALMKTDATE
        field 740 LegPool STRING
        field 753 NoPosAmt NUMINGROUP
        field 761 BenchmarkSecurityIDSource STRING
        field 762 SecuritySubType STRING
        field 763 UnderlyingSecuritySubType STRING
        field 764 LegSecuritySubType STRING
        field 768 NoTrdRegTimestamps NUMINGROUP
        field 769 TrdRegTimestamp UTCTIMESTAMP
        field 770 TrdRegTimestampType INT
        field 771 TrdRegTimestampOrigin STRING
        field 775 BookingType INT 0,1,2
        field 788 TerminationType INT
        field 789 NextExpectedMsgSeqNum SEQNUM
        field 790 OrdStatusReqID STRING
        field 802 NoPartySubIDs NUMINGROUP
        field 803 PartySubIDType INT
        field 804 NoNestedPartySubIDs NUMINGROUP
        field 805 NestedPartySubIDType INT
        field 810 UnderlyingPx PRICE
        field 811 PriceDelta FLOAT
        field 813 ApplQueueDepth INT
        field 814 ApplQueueResolution INT
        field 815 ApplQueueAction INT
        field 816 NoAltMDSource NUMINGROUP
        field 817 AltMDSourceID STRING
        field 818 SecondaryTradeReportID STRING
        field 827 ExpirationCycle INT
        field 835 PegMoveType INT
        field 836 PegOffsetType INT
        field 837 PegLimitType INT
        field 838 PegRoundDirection INT
        field 839 PeggedPrice PRICE
        field 840 PegScope INT
        field 841 DiscretionMoveType INT
        field 842 DiscretionOffsetType INT
        field 843 DiscretionLimitType INT
        field 844 DiscretionRoundDirection INT
        field 845 DiscretionPrice PRICE
        field 846 DiscretionScope INT
        field 847 TargetStrategy INT
        field 848 TargetStrategyParameters STRING
        field 849 ParticipationRate PERCENTAGE
        field 854 QtyType INT 0,1
        field 864 NoEvents NUMINGROUP
        field 865 EventType INT
        field 866 EventDate LOCALMKTDATE
        field 867 EventPx PRICE
        field 868 EventText STRING
        field 873 DatedDate LOCALMKTDATE
        field 874 InterestAccrualDate LOCALMKTDATE
        field 875 CPProgram INT
        field 876 CPRegType STRING
        field 877 UnderlyingCPProgram STRING
        field 878 UnderlyingCPRegType STRING
        field 879 UnderlyingQty QTY
        field 880 TrdMatchID STRING
        field 881 SecondaryTradeReportRefID STRING
        field 882 UnderlyingDirtyPrice PRICE
        field 883 UnderlyingEndPrice PRICE
        field 884 UnderlyingStartValue AMT
        field 885 UnderlyingCurrentValue AMT
        field 886 UnderlyingEndValue AMT
        field 891 MiscFeeBasis INT
        field 898 MarginRatio PERCENTAGE
        field 911 TotNumReports INT
        field 912 LastRptRequested BOOLEAN
        field 913 AgreementDesc STRING
        field 914 AgreementID STRING
        field 915 AgreementDate LOCALMKTDATE
        field 916 StartDate LOCALMKTDATE
        field 917 EndDate LOCALMKTDATE
        field 918 AgreementCurrency CURRENCY
        field 919 DeliveryType INT
        field 925 NewPassword STRING
        field 941 UnderlyingStrikeCurrency CURRENCY
        field 942 LegStrikeCurrency CURRENCY
        field 947 StrikeCurrency CURRENCY
        field 955 LegContractSettlMonth MONTHYEAR
        field 956 LegInterestAccrualDate LOCALMKTDATE

        # components: name: members; 123! required field, { 453 ... } group (first member delimits), @Name component
        component Instrument: 55! 65 48 22 { 454 455 456 } 460 461 167 762 200 541 201 224 225 239 226 227 228 255 543 470 471 472 240 202 947 206 231 223 207 106 348 349 107 350 351 691 667 875 876 873 874 { 864 865 866 867 868 }
        component UnderlyingInstrument: 311 312 309 305 { 457 458 459 } 462 463 310 763 313 542 315 241 242 243 244 245 246 256 595 592 593 594 247 316 941 317 436 435 308 306 362 363 307 364 365 877 878 318 879 810 882 883 884 885 886
        component InstrumentLeg: 600 601 602 603 { 604 605 606 } 607 608 609 764 610 611 248 249 250 251 252 253 257 599 596 597 598 254 612 942 613 614 615 616 617 618 619 620 621 622 623 624 556 740 739 955 956
        component Parties: { 453 448 447 452 { 802 523 803 } }
        component NestedParties: { 539 524 525 538 { 804 545 805 } }
        component OrderQtyData: 38 152 516 468 469
        component CommissionData: 12 13 479 497
        component Stipulations: { 232 233 234 }
        component LegStipulations: { 683 688 689 }
        component SpreadOrBenchmarkCurveData: 218 220 221 222 662 663 699 761
        component YieldData: 235 236 701 696 697 698
        component PegInstructions: 211 835 836 837 838 840
        component DiscretionInstructions: 388 389 841 842 843 844 846
        component FinancingDetails: 913 914 915 918 788 916 917 919 898
        component TrdRegTimestamps: { 768 769 770 771 }
        component UndInstrmtGrp: { 711 @UnderlyingInstrument }
        component InstrmtLegGrp: { 555 @InstrumentLeg }
        component PreAllocGrp: { 78 79 661 736 467 @NestedParties 80 }
        component TrdgSesGrp: { 386 336 625 }
        component ContraGrp: { 382 375 337 437 438 655 }
        component MiscFeesGrp: { 136 137 138 139 891 }
        component LegExecGrp: { 555 @InstrumentLeg 687 564 565 @NestedParties 654 566 587 588 637 }
        component LinesOfTextGrp: { 33 58! 354 355 }
        component RoutingGrp: { 215 216 217 }

        header: 8! 9! 35! 49! 56! 115 128 90 91 34! 50 142 57 143 116 144 129 145 43 97 52! 122 212 213 347 369 { 627 628 629 630 }
        trailer: 93 89 10!

        message 0 Heartbeat admin: 112
        message 1 TestRequest admin: 112!
        message 2 ResendRequest admin: 7! 16!
        message 3 Reject admin: 45! 371 372 373 58 354 355
        message 4 SequenceReset admin: 123 36!
        message 5 Logout admin: 58 354 355
        message A Logon admin: 98! 108! 95 96 141 789 383 { 384 372 385 } 464 553 554 925
        message B News app: 42 61 148! 358 359 @RoutingGrp { 146 @Instrument } @InstrmtLegGrp @UndInstrmtGrp @LinesOfTextGrp 149 95 96
        message n XMLnonFIX app:
        message D NewOrderSingle app: 11! 526 583 @Parties 229 75 1 660 581 589 590 591 70 @PreAllocGrp 63 64 544 635 21 18 110 111 100 @TrdgSesGrp 81 @Instrument! @FinancingDetails @UndInstrmtGrp 140 54! 114 60! @Stipulations 854 @OrderQtyData! 40! 423 44 99 @SpreadOrBenchmarkCurveData @YieldData 15 376 377 23 117 59 168 432 126 427 @CommissionData 528 529 582 121 120 775 58 354 355 193 192 640 77 203 210 @PegInstructions @DiscretionInstructions 847 848 849 494
        message F OrderCancelRequest app: 41! 37 11! 526 583 586 1 660 581 @Parties @Instrument! @FinancingDetails @UndInstrmtGrp 54! 60! @OrderQtyData! 376 58 354 355
        message G OrderCancelReplaceRequest app: 37 @Parties 229 75 41! 11! 526 583 586 1 660 581 589 590 591 70 @PreAllocGrp 63 64 544 635 21 18 110 111 100 @TrdgSesGrp @Instrument! @FinancingDetails @UndInstrmtGrp 54! 60! @Stipulations 854 @OrderQtyData! 40! 423 44 99 @SpreadOrBenchmarkCurveData @YieldData @PegInstructions @DiscretionInstructions 847 848 849 494 15 376 377 23 117 59 168 432 126 427 @CommissionData 528 529 582 121 120 775 58 354 355 193 192 640 77 203 210
        message H OrderStatusRequest app: 37 11! 526 583 @Parties 1 660 @Instrument! @FinancingDetails @UndInstrmtGrp 54! 790
        message AF OrderMassStatusRequest app: 584! 585! @Parties 1 660 336 625 @Instrument @UnderlyingInstrument 54
        message 8 ExecutionReport app: 37! 198 526 527 11 41 583 693 790 584 911 912 @Parties 229 75 @ContraGrp 66 548 551 549 17! 150! 39! 636 378 103 1 660 581 589 590 591 70 63 64 544 635 @Instrument! @FinancingDetails @UndInstrmtGrp 54! @Stipulations 854 @OrderQtyData 40 423 44 99 @PegInstructions @DiscretionInstructions 839 845 847 848 849 494 15 376 377 59 168 23 117 432 126 18 110 111 100 528 529 582 32 669 31 30 336 625 29 151! 14! 6! 424 425 426 427 75 60 113 @CommissionData 118 119 155 156 121 120 110 111 506 77 58 354 355 193 192 640 442 480 481 513 494 @LegExecGrp @MiscFeesGrp 442 @TrdRegTimestamps 21 81 @YieldData @SpreadOrBenchmarkCurveData 157 158 159 238 237 119 775 240
        message 9 OrderCancelReject app: 37! 198 526 11! 583 41! 39! 636 586 66 548 551 1 660 581 434! 102 60 58 354 355
        message j BusinessMessageReject app: 45 372! 379 380! 58 354 355
        message V MarketDataRequest app: 262! 263! 264! 265 266 286 546 547 { 267! 269! } { 146! @Instrument @UndInstrmtGrp @InstrmtLegGrp } @TrdgSesGrp 815 813
        message Y MarketDataRequestReject app: 262! 281 { 816 817 } 58 354 355
        message W MarketDataSnapshotFullRefresh app: 262 @Instrument! @UndInstrmtGrp @InstrmtLegGrp 291 292 387 { 268! 269! 270 15 271 272 273 274 275 336 625 276 277 282 283 284 286 59 432 126 110 18 287 37 299 288 289 346 290 546 811 451 58 354 355 } 813 814
        message X MarketDataIncrementalRefresh app: 262 { 268! 279! 285 269 278 280 @Instrument @UndInstrmtGrp @InstrmtLegGrp 291 292 270 15 271 272 273 274 275 336 625 276 277 282 283 284 286 59 432 126 110 18 287 37 299 288 289 346 290 546 387 449 450 451 811 58 354 355 } 813 814
        message d SecurityDefinition app: 320! 322! 323! @Instrument @UndInstrmtGrp 15 336 625 58 354 355 @InstrmtLegGrp 827 561 562
        message R QuoteRequest app: 131! 644 { 146! @Instrument! @FinancingDetails @UndInstrmtGrp 140 303 537 336 625 229 54 854 @OrderQtyData 63 64 193 192 15 @Stipulations 1 660 581 @InstrmtLegGrp { 735 695 } 126 60 @SpreadOrBenchmarkCurveData 423 640 44 @YieldData @Parties } 58 354 355
        message AD TradeCaptureReportRequest app: 568! 569! 263 881 818 880 17 37 11 573 1 @Parties @Instrument @FinancingDetails @UndInstrmtGrp @InstrmtLegGrp { 580 75 60 } 442 54 58 354 355
        message AP PositionReport app: 721! 710 724 263 727 728 325 715! 716 717 @Parties 1 660 581 @Instrument 15 730 731 734 @UndInstrmtGrp { 702 703 704 705 706 @NestedParties } { 753 707 708 } 506 58 354 355
        """;
}
