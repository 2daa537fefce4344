<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.0-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="1">
  <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0">
    <rules key="{root}">
      <rule key="{rule-0}" symbol="0" label="military base" filter="(&quot;kind&quot; = 'military_base') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-1}" symbol="1" label="military base · illustrative" filter="(&quot;kind&quot; = 'military_base') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-2}" symbol="2" label="port" filter="(&quot;kind&quot; = 'port') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-3}" symbol="3" label="port · illustrative" filter="(&quot;kind&quot; = 'port') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-4}" symbol="4" label="place" filter="(&quot;kind&quot; NOT IN ('military_base', 'port')) AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-5}" symbol="5" label="place · illustrative" filter="(&quot;kind&quot; NOT IN ('military_base', 'port')) AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
    </rules>
    <symbols>
      <symbol type="marker" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="name" type="QString" value="circle" />
            <Option name="color" type="QString" value="0,0,0,255" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="size" type="QString" value="3.0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="angle" type="QString" value="0" />
          </Option>
        </layer>
      </symbol>
      <symbol type="marker" name="1" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="name" type="QString" value="circle" />
            <Option name="color" type="QString" value="0,0,0,255" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="size" type="QString" value="1.7999999999999998" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="angle" type="QString" value="0" />
          </Option>
        </layer>
      </symbol>
      <symbol type="marker" name="2" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="name" type="QString" value="circle" />
            <Option name="color" type="QString" value="31,78,156,255" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="size" type="QString" value="2.2" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="angle" type="QString" value="0" />
          </Option>
        </layer>
      </symbol>
      <symbol type="marker" name="3" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="name" type="QString" value="circle" />
            <Option name="color" type="QString" value="31,78,156,255" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="size" type="QString" value="1.32" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="angle" type="QString" value="0" />
          </Option>
        </layer>
      </symbol>
      <symbol type="marker" name="4" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="name" type="QString" value="circle" />
            <Option name="color" type="QString" value="51,51,51,255" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="size" type="QString" value="2.0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="angle" type="QString" value="0" />
          </Option>
        </layer>
      </symbol>
      <symbol type="marker" name="5" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="name" type="QString" value="circle" />
            <Option name="color" type="QString" value="51,51,51,255" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="size" type="QString" value="1.2" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="angle" type="QString" value="0" />
          </Option>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="rule-based">
    <rules key="{labels-root}">
      <rule key="{labels-0}" description="name" filter="TRUE">
        <settings calloutType="simple">
          <text-style fieldName="name" isExpression="0" fontFamily="Sans Serif" fontSize="8" fontSizeUnit="Point" textColor="34,34,34,255" textOpacity="1" fontItalic="0" fontWeight="50" namedStyle="Regular">
            <text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="0.85" bufferNoFill="1" bufferJoinStyle="128" />
          </text-style>
          <text-format wrapChar="" multilineAlign="3" autoWrapLength="25" useMaxLineLengthForAutoWrap="1" />
          <placement placement="6" dist="1" distUnits="MM" repeatDistance="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" placementFlags="0" centroidInside="1" fitInPolygonOnly="0" />
          <rendering obstacle="1" displayAll="0" mergeLines="0" upsidedownLabels="0" labelPerPart="0" minFeatureSize="0" limitNumLabels="0" scaleVisibility="0" />
        </settings>
      </rule>
    </rules>
  </labeling>
</qgis>
