<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="Symbology">
  <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0">
    <rules key="{root}">
      <rule key="{rule-0}" symbol="0" label="military base" filter="&quot;kind&quot; = 'military_base'" />
      <rule key="{rule-1}" symbol="1" label="port" filter="&quot;kind&quot; = 'port'" />
      <rule key="{rule-2}" symbol="2" label="place" filter="&quot;kind&quot; NOT IN ('military_base', 'port')" />
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
      <symbol type="marker" name="1" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="marker" name="2" alpha="1" clip_to_extent="1" force_rhr="0">
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
    </symbols>
  </renderer-v2>
</qgis>
